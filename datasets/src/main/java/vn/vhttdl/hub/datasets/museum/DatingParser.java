package vn.vhttdl.hub.datasets.museum;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the verbatim dating of a museum catalogue into a {@link Dating}. The rules, in the order
 * they are tried, each tested on catalogue-style text:
 * <ol>
 *   <li>"không rõ", "chưa xác định": a dating known to be unknown;</li>
 *   <li>a year or years in brackets win ({@code Năm Cảnh Hưng thứ 44 (1783)}, {@code Thời Lê sơ
 *       (1428–1527)}), but must agree with the reign era and the can chi the text also names;</li>
 *   <li>a reign era (niên hiệu) with its year ({@code Cảnh Hưng thứ 44}, {@code Cảnh Hưng
 *       nguyên niên} for the first) or its can chi ({@code Cảnh Hưng năm Giáp Ngọ}), or alone for
 *       the whole era;</li>
 *   <li>a year ({@code 1484}, {@code năm 1924}), uncertain ({@code 1484?}) or approximate
 *       ({@code khoảng 1484}, {@code ~1484}), a span ({@code 1890–1920}), a decade ({@code 184X},
 *       {@code thập niên 1940}) or a century in EDTF ({@code 18XX});</li>
 *   <li>centuries ({@code Thế kỷ XVIII}, {@code TK 18}, {@code thế kỷ XVII–XVIII}) with
 *       "đầu", "giữa", "cuối" (thirds) and "nửa đầu", "nửa sau" (halves), also before Christ
 *       ({@code Thế kỷ III TCN});</li>
 *   <li>a dynasty, culture or period ({@code Thời Lê sơ}, {@code Văn hóa Đông Sơn}).</li>
 * </ol>
 * Anything else is not read: the record is refused rather than given a made-up range.
 */
final class DatingParser {

    private static final Pattern UNKNOWN = Pattern.compile("(khong|chua) (ro|xac dinh)( nien dai)?|\\?|n/?a");
    private static final Pattern BRACKETED = Pattern.compile("\\((?:nam )?(\\d{3,4})(?: - (\\d{3,4}))?\\)");
    private static final Pattern ERA_YEAR = Pattern.compile("(?:nam )?thu (\\d{1,2})\\b|^(\\d{1,2})\\b");
    private static final Pattern YEAR = Pattern.compile("(?:(khoang|~|c|ca|circa) )?(?:nam )?(\\d{3,4}) ?([?~])?");
    private static final Pattern YEARS = Pattern.compile("(?:nam )?(\\d{3,4}) - (\\d{3,4})");
    private static final Pattern EDTF_DIGITS = Pattern.compile("(\\d{2})xx|(\\d{3})x");
    private static final Pattern DECADE = Pattern.compile("(?:thap nien|nhung nam) (\\d{3}0)|(\\d{3}0)s");
    private static final String QUALIFIER = "(nua dau|nua sau|nua cuoi|dau|giua|cuoi)";
    private static final String NUMERAL = "([ivxl]+|\\d{1,2})";
    private static final Pattern CENTURY = Pattern.compile(
            "(?:" + QUALIFIER + " )?(?:the ky|the ki|tk) " + NUMERAL + "(?: - (?:" + QUALIFIER + " )?(?:(?:the ky|the ki|tk) )?" + NUMERAL + ")?");
    private static final Pattern BEFORE_CHRIST = Pattern.compile("\\b(tcn|truoc cong nguyen|tr cn|bc|bce)\\b");
    private static final Pattern PERIOD_WORDS = Pattern.compile("\\b(thoi ky|thoi|nha|trieu dai|trieu|van hoa|giai doan|doi)\\b");

    private DatingParser() {
    }

    /** @return the dating, or empty when the text is blank or cannot be read */
    static Optional<Dating> parse(String text) {
        String s = normalise(text);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (UNKNOWN.matcher(s).matches()) {
            return Optional.of(Dating.UNKNOWN);
        }
        Optional<CanChi> canChi = CanChi.find(s.replaceAll("[()?~-]", " ").replaceAll(" +", " "));
        Optional<ReignEra> era = eraIn(s);
        Matcher bracket = BRACKETED.matcher(s);
        if (bracket.find()) {
            int from = Integer.parseInt(bracket.group(1));
            int to = bracket.group(2) == null ? from : Integer.parseInt(bracket.group(2));
            boolean fitsEra = era.map(e -> from >= e.first() && to <= e.last()).orElse(true);
            boolean fitsCanChi = canChi.map(c -> from == to && c.names(from)).orElse(true);
            return fitsEra && fitsCanChi && to >= from ? Optional.of(Dating.span(from, to)) : Optional.empty();
        }
        if (era.isPresent()) {
            return byEra(s, era.get(), canChi);
        }
        boolean beforeChrist = BEFORE_CHRIST.matcher(s).find();
        String plain = BEFORE_CHRIST.matcher(s).replaceAll("").replaceAll(" +", " ").strip();
        Optional<Dating> dating = byNumbers(plain, beforeChrist);
        if (dating.isEmpty()) {
            dating = byCentury(plain, beforeChrist);
        }
        if (dating.isEmpty() && !beforeChrist) {
            dating = byPeriod(plain);
        }
        return dating;
    }

    private static Optional<Dating> byEra(String s, ReignEra era, Optional<CanChi> canChi) {
        String afterEra = s.substring(s.indexOf(fold(era.name())) + fold(era.name()).length()).strip();
        Matcher ordinal = ERA_YEAR.matcher(s);
        Integer n = null;
        while (ordinal.find()) {
            if (ordinal.group(1) != null) {
                n = Integer.parseInt(ordinal.group(1));
                break;
            }
        }
        if (n == null && afterEra.startsWith("nguyen nien")) {
            n = 1;
        }
        if (n == null) {
            Matcher right = ERA_YEAR.matcher(afterEra);
            if (right.find() && right.group(2) != null) {
                n = Integer.parseInt(right.group(2));
            }
        }
        if (n != null) {
            int year = era.first() + n - 1;
            boolean fits = n >= 1 && year <= era.last() && canChi.map(c -> c.names(year)).orElse(true);
            return fits ? Optional.of(Dating.year(year)) : Optional.empty();
        }
        if (canChi.isPresent()) {
            List<Integer> years = canChi.get().yearsBetween(era.first(), era.last());
            return years.size() == 1 ? Optional.of(Dating.year(years.get(0))) : Optional.empty();
        }
        return Optional.of(Dating.span(era.first(), era.last()));
    }

    private static Optional<Dating> byNumbers(String s, boolean beforeChrist) {
        Matcher m = YEAR.matcher(s);
        if (m.matches()) {
            int year = astronomical(Integer.parseInt(m.group(2)), beforeChrist);
            if (m.group(3) != null) {
                return Optional.of(Dating.qualifiedYear(year, m.group(3).charAt(0)));
            }
            return Optional.of(m.group(1) != null ? Dating.qualifiedYear(year, '~') : Dating.year(year));
        }
        m = YEARS.matcher(s);
        if (m.matches()) {
            int a = astronomical(Integer.parseInt(m.group(1)), beforeChrist);
            int b = astronomical(Integer.parseInt(m.group(2)), beforeChrist);
            return Optional.of(Dating.span(Math.min(a, b), Math.max(a, b)))
                    .filter(d -> beforeChrist || a <= b);
        }
        if (beforeChrist) {
            return Optional.empty();
        }
        m = EDTF_DIGITS.matcher(s);
        if (m.matches()) {
            if (m.group(1) != null) {
                int from = Integer.parseInt(m.group(1)) * 100;
                return Optional.of(Dating.span(from, from + 99));
            }
            int from = Integer.parseInt(m.group(2)) * 10;
            return Optional.of(Dating.span(from, from + 9));
        }
        m = DECADE.matcher(s);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            return Optional.of(Dating.span(from, from + 9));
        }
        return Optional.empty();
    }

    private static Optional<Dating> byCentury(String s, boolean beforeChrist) {
        Matcher m = CENTURY.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Integer> first = century(m.group(2));
        Optional<Integer> last = m.group(4) == null ? first : century(m.group(4));
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        String firstQualifier = m.group(1);
        String lastQualifier = m.group(4) == null ? m.group(1) : m.group(3);
        int[] a = part(centuryYears(first.get(), beforeChrist), firstQualifier);
        int[] b = part(centuryYears(last.get(), beforeChrist), lastQualifier);
        int from = Math.min(a[0], b[0]);
        int to = Math.max(a[1], b[1]);
        boolean ordered = beforeChrist ? first.get() >= last.get() : first.get() <= last.get();
        return ordered ? Optional.of(Dating.span(from, to)) : Optional.empty();
    }

    private static Optional<Dating> byPeriod(String s) {
        String key = PERIOD_WORDS.matcher(s.replace(" - ", " ")).replaceAll(" ").replaceAll(" +", " ").strip();
        return HistoricalPeriod.ALL.stream().filter(period -> period.names().contains(key)).findFirst()
                .map(period -> Dating.span(period.first(), period.last()));
    }

    /** @return the years of century {@code n}: 18 is 1700–1799 (EDTF's 17XX); 3 BCE is -299–-200 */
    private static int[] centuryYears(int n, boolean beforeChrist) {
        if (beforeChrist) {
            return new int[] {-(n * 100 - 1), -((n - 1) * 100)};
        }
        int start = (n - 1) * 100;
        return new int[] {start, start + 99};
    }

    /** Narrows a century to its first or last third or half, as "đầu", "cuối", "nửa đầu"... say. */
    private static int[] part(int[] years, String qualifier) {
        int start = years[0];
        if (qualifier == null) {
            return years;
        }
        return switch (qualifier) {
            case "dau" -> new int[] {start, start + 32};
            case "giua" -> new int[] {start + 33, start + 66};
            case "cuoi" -> new int[] {start + 67, start + 99};
            case "nua dau" -> new int[] {start, start + 49};
            default -> new int[] {start + 50, start + 99};
        };
    }

    private static Optional<Integer> century(String numeral) {
        if (numeral.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(numeral);
            return n >= 1 && n <= 21 ? Optional.of(n) : Optional.empty();
        }
        return roman(numeral).filter(n -> n >= 1 && n <= 21);
    }

    private static Optional<Integer> roman(String numeral) {
        String digits = "ivxl";
        int[] values = {1, 5, 10, 50};
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int value = values[digits.indexOf(numeral.charAt(i))];
            boolean subtract = i + 1 < numeral.length() && values[digits.indexOf(numeral.charAt(i + 1))] > value;
            total += subtract ? -value : value;
        }
        return Optional.of(total);
    }

    private static int astronomical(int year, boolean beforeChrist) {
        return beforeChrist ? 1 - year : year;
    }

    /**
     * The era named first in the text, the longest if two start at the same word: "Tự Đức
     * nguyên niên" is Tự Đức's first year, not the era Đức Nguyên.
     */
    private static Optional<ReignEra> eraIn(String s) {
        String padded = " " + s + " ";
        return ReignEra.ALL.stream()
                .filter(era -> padded.contains(" " + fold(era.name()) + " "))
                .min(Comparator.<ReignEra>comparingInt(era -> padded.indexOf(" " + fold(era.name()) + " "))
                        .thenComparing(era -> -era.name().length()));
    }

    static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('ð', 'd');
    }

    /** Lower case without marks; dashes as " - "; only letters, digits and ( ) ? ~ - / kept. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = fold(text).replaceAll("[\u2010-\u2015]", "-");
        s = s.replaceAll("[^a-z0-9()?~/-]+", " ");
        s = s.replaceAll(" *- *", " - ").replaceAll(" *\\( *", " (").replaceAll(" *\\) *", ") ");
        s = s.replaceAll("(\\d) \\?", "$1?").replaceAll("~ (\\d)", "~$1").replaceAll(" +", " ").strip();
        // ~1484 reads as khoảng 1484
        return s.replaceAll("^~(\\d)", "~ $1");
    }
}
