package vn.vhttdl.hub.datasets.time;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates Vietnamese source systems write as text. The rules, each tested:
 * <ol>
 *   <li>day before month, always ({@code 12/03/2024} is 12 March): the Vietnamese order;</li>
 *   <li>separators {@code /}, {@code -} or {@code .}; one-digit days and months; a time after the
 *       date is ignored ({@code 12/3/2024 08:30});</li>
 *   <li>{@code ngày 12 tháng 3 năm 2024}, with or without marks;</li>
 *   <li>ISO {@code 2024-03-12} (optionally with a time) and the DVCQG form {@code 20240312} or
 *       {@code 20240312083000};</li>
 *   <li>years have four digits: {@code 12/03/24} is refused, its century is a guess;</li>
 *   <li>a day that does not exist ({@code 31/02/2024}) is refused.</li>
 * </ol>
 * Ranges ({@link #parseRange}) also read {@code 12–15/03/2025}, {@code 28/02 - 02/03/2025},
 * {@code từ 12/3 đến 15/3/2025}, a month ({@code 03/2025}, {@code tháng 3 năm 2025}), a quarter
 * ({@code quý II/2025}, {@code Q2/2025}) and a year ({@code 2025}, {@code năm 2025}).
 */
public final class SourceDates {

    private static final String DAY = "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})";
    private static final String TIME = "(?:[ t]\\d{1,2}[:h]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(DAY + TIME);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:\\d{6})?");
    private static final Pattern DAYS_OF_MONTH = Pattern.compile("(\\d{1,2})-(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern DAYS_ACROSS_MONTHS = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})-(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern TWO_DAYS = Pattern.compile("(" + DAY + ")-(" + DAY + ")");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(?:quy|q) ?(iv|iii|ii|i|[1-4])[/.-](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Map<String, Integer> QUARTERS = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4, "1", 1, "2", 2, "3", 3, "4", 4);

    private SourceDates() {
    }

    /** @return the day the text names, or empty when it names none (or not exactly one) */
    public static Optional<LocalDate> parseDate(String text) {
        String s = normalise(text);
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return day(m.group(3), m.group(2), m.group(1));
        }
        m = ISO.matcher(s);
        if (m.matches()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    /** @return the span of days the text names, or empty when it names none */
    public static Optional<DateRange> parseRange(String text) {
        Optional<LocalDate> single = parseDate(text);
        if (single.isPresent()) {
            return single.map(DateRange::of);
        }
        String s = normalise(text);
        Matcher m = DAYS_OF_MONTH.matcher(s);
        if (m.matches()) {
            return range(day(m.group(4), m.group(3), m.group(1)), day(m.group(4), m.group(3), m.group(2)));
        }
        m = DAYS_ACROSS_MONTHS.matcher(s);
        if (m.matches()) {
            return range(day(m.group(5), m.group(2), m.group(1)), day(m.group(5), m.group(4), m.group(3)));
        }
        m = TWO_DAYS.matcher(s);
        if (m.matches()) {
            return range(parseDate(m.group(1)), parseDate(m.group(5)));
        }
        m = MONTH.matcher(s);
        if (m.matches()) {
            return month(m.group(2), m.group(1)).map(month -> new DateRange(month.atDay(1), month.atEndOfMonth()));
        }
        m = QUARTER.matcher(s);
        if (m.matches()) {
            int quarter = QUARTERS.get(m.group(1));
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(2)), quarter * 3 - 2);
            return Optional.of(new DateRange(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
        }
        if (YEAR.matcher(s).matches()) {
            int year = Integer.parseInt(s);
            return Optional.of(new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        m = YEARS.matcher(s);
        if (m.matches()) {
            return range(Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1)),
                    Optional.of(LocalDate.of(Integer.parseInt(m.group(2)), 12, 31)));
        }
        return Optional.empty();
    }

    /**
     * Lower case without marks, dashes as {@code -}, the words "ngày", "từ", "tháng", "năm",
     * "đến" reduced to separators: {@code từ ngày 12 tháng 3 đến 15/3/2025} becomes
     * {@code 12/3-15/3/2025}.
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('ð', 'd');
        s = s.replaceAll("[\u2010-\u2015~]", "-").replace('\u00a0', ' ');
        s = s.replaceAll("\\b(?:tu ngay|tu|ngay)\\b", " ");
        s = s.replaceAll("\\b(?:den ngay|den)\\b", "-");
        // twice: in "12 thang 3 nam 2024" the 3 ends one match and starts the next
        for (int pass = 0; pass < 2; pass++) {
            s = s.replaceAll("(\\d)\\s*(?:thang|nam)\\s*(\\d)", "$1/$2");
        }
        s = s.replaceAll("\\b(?:thang|nam)\\s+(\\d)", "$1");
        s = s.replaceAll("\\s*([-/.])\\s*", "$1").replaceAll("\\s+", " ").strip();
        return s.endsWith(".") || s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    private static Optional<YearMonth> month(String year, String month) {
        try {
            return Optional.of(YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)));
        } catch (DateTimeException noSuchMonth) {
            return Optional.empty();
        }
    }

    private static Optional<DateRange> range(Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(from.get(), to.get()));
    }
}
