package vn.vhttdl.hub.datasets;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vhttdl.hub.datasets.code.CodeSpellings;
import vn.vhttdl.hub.datasets.text.RepairResult;
import vn.vhttdl.hub.datasets.text.TextRepair;
import vn.vhttdl.hub.datasets.text.VietnameseTextRepair;
import vn.vhttdl.hub.datasets.time.DateRange;
import vn.vhttdl.hub.datasets.time.SourceDates;

/**
 * One source row on its way into a canonical record: typed reads of its columns that repair
 * text, count repairs and report unreadable values in {@link RecordReport}, and never throw for
 * bad data. Column names are matched without regard to case, because drivers disagree (H2
 * answers {@code MA_XA}, PostgreSQL {@code ma_xa}).
 *
 * <p>Date-times without a zone ({@link LocalDateTime}, {@link Timestamp} from a
 * {@code TIMESTAMP WITHOUT TIME ZONE} column) are read as UTC, the zone the hub's sources store.
 */
public final class SourceRow {

    private static final DateTimeFormatter SQL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]");

    /** The row by column name in lower case. */
    private final Map<String, ?> values;
    private final RecordReport report;
    private final VietnameseTextRepair textRepair;
    private final Set<String> unrepairedFields;
    private final TextRepair legacyEncoding;
    /** Whether every text column could be in {@link #legacyEncoding}: the row is wholly legacy, not partly Unicode. */
    private final boolean wholeRowLegacy;
    /** The repair of each text column without a known encoding, made once to guess the row's encoding and reused. */
    private final Map<String, RepairResult> firstPass = new HashMap<>();

    public SourceRow(Map<String, ?> row, RecordReport report, VietnameseTextRepair textRepair) {
        this(row, report, textRepair, Set.of());
    }

    /**
     * @param unrepairedFields fields whose text is taken as the source holds it, only stripped of
     *     surrounding white space: a dataset switches repair off where the exact characters are
     *     the value (an ISBN, a URL, a call number) or where its text is not Vietnamese
     */
    public SourceRow(Map<String, ?> row, RecordReport report, VietnameseTextRepair textRepair,
            Set<String> unrepairedFields) {
        this.values = byLowerCaseColumn(row);
        this.report = report;
        this.textRepair = textRepair;
        this.unrepairedFields = Set.copyOf(unrepairedFields);
        values.forEach((column, value) -> {
            if (value instanceof String text) {
                firstPass.put(column, textRepair.repair(text));
            }
        });
        this.legacyEncoding = legacyEncodingOf(firstPass.values());
        this.wholeRowLegacy = legacyEncoding != null && values.values().stream()
                .allMatch(value -> !(value instanceof String text)
                        || VietnameseTextRepair.couldBeWrittenIn(text, legacyEncoding));
    }

    /**
     * The row itself when its column names are in lower case already, as the hub's queries name
     * them ({@link DatasetType#fromRow}) and PostgreSQL answers; a copy keyed in lower case otherwise.
     * Either way a column is found by its lower-case name, and copying every row cost more than
     * reading it.
     */
    private static Map<String, ?> byLowerCaseColumn(Map<String, ?> row) {
        for (String column : row.keySet()) {
            if (!lowerCase(column).equals(column)) {
                Map<String, Object> copy = new HashMap<>();
                row.forEach((name, value) -> copy.put(lowerCase(name), value));
                return copy;
            }
        }
        return row;
    }

    /**
     * @return {@code column} in lower case, the same instance when it is already: an ASCII name
     *     (every name a query gives) is checked without {@link String#toLowerCase}'s Unicode
     *     tables, which cost more than the lookup they serve
     */
    private static String lowerCase(String column) {
        for (int i = 0; i < column.length(); i++) {
            char c = column.charAt(i);
            if (c > 0x7F || (c >= 'A' && c <= 'Z')) {
                return column.toLowerCase(Locale.ROOT);
            }
        }
        return column;
    }

    /**
     * A legacy application wrote all its columns in one encoding. When some field of the row
     * is clearly TCVN3 (or VNI, or VIQR), fields too short to prove it themselves ({@code Q§},
     * VIQR {@code Ly'}) are decoded alike; and when no field holds what that encoding cannot
     * hold (a row partly converted to Unicode holds {@code ố}), so are fields that happen to read
     * as Vietnamese and names of minority languages
     * ({@link VietnameseTextRepair#repairFromLegacyRow}).
     */
    private static TextRepair legacyEncodingOf(Collection<RepairResult> firstPass) {
        Set<TextRepair> found = EnumSet.noneOf(TextRepair.class);
        for (RepairResult result : firstPass) {
            Set<TextRepair> repairs = result.repairs();
            if (repairs.contains(TextRepair.TCVN3_DECODED)) {
                found.add(TextRepair.TCVN3_DECODED);
            }
            if (repairs.contains(TextRepair.VNI_DECODED)) {
                found.add(TextRepair.VNI_DECODED);
            }
            if (repairs.contains(TextRepair.VIQR_DECODED)) {
                found.add(TextRepair.VIQR_DECODED);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** @return whether the row has the column at all (a {@code null} value counts as present) */
    public boolean has(String column) {
        return values.containsKey(lowerCase(column));
    }

    /** @return the raw value, {@code null} when absent or SQL NULL */
    public Object raw(String column) {
        return values.get(lowerCase(column));
    }

    /**
     * @return the value as repaired text without surrounding white space, {@code null} when
     *     absent or blank; a repair is counted against {@code field}
     */
    public String text(String column, String field) {
        Object value = raw(column);
        if (value == null) {
            return null;
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        if (unrepairedFields.contains(field)) {
            String stripped = text.strip();
            return stripped.isEmpty() ? null : stripped;
        }
        // without a row-wide legacy encoding the answer is the first pass's: repair is deterministic
        RepairResult repaired = legacyEncoding == null ? firstPass.get(lowerCase(column)) : null;
        if (repaired == null) {
            repaired = wholeRowLegacy
                    ? textRepair.repairFromLegacyRow(text, legacyEncoding)
                    : textRepair.repair(text, legacyEncoding);
        }
        if (repaired.changed()) {
            report.repaired(field);
        }
        String stripped = repaired.text().strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * A code such as a commune code. A numeric column has lost the leading zeros the code had,
     * so an integer is padded to {@code digits}; text is taken as it is, so a malformed code
     * stays malformed and is refused by validation.
     */
    public String code(String column, String field, int digits) {
        Object value = raw(column);
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            if (decimal.signum() >= 0 && decimal.stripTrailingZeros().scale() <= 0) {
                String plain = decimal.toBigInteger().toString();
                return plain.length() >= digits ? plain : "0".repeat(digits - plain.length()) + plain;
            }
            return decimal.toPlainString();
        }
        return text(column, field);
    }

    /**
     * A value of a code list, from the free text the source holds ({@code Quốc tế}, {@code QT}).
     * Text that spells no value is refused naming the value and the field; a blank value is
     * {@code null}, for validation to decide whether it was required.
     */
    public <E extends Enum<E>> E coded(String column, String field, CodeSpellings<E> spellings) {
        String text = text(column, field);
        if (text == null) {
            return null;
        }
        Optional<E> value = spellings.parse(text);
        if (value.isEmpty()) {
            report.reject(field,
                    "Giá trị '" + text + "' không hợp lệ cho " + spellings.labelVi() + " (trường " + field + ")",
                    "Unknown " + spellings.labelEn() + " '" + text + "' (field " + field + ")");
        }
        return value.orElse(null);
    }

    /** @return the value as a whole number, {@code null} when absent, blank or not a whole number (reported) */
    public Integer integer(String column, String field) {
        Object value = raw(column);
        if (value == null) {
            return null;
        }
        BigDecimal number = value instanceof Number ? new BigDecimal(value.toString()) : null;
        String text = null;
        if (number == null) {
            text = text(column, field);
            if (text == null) {
                return null;
            }
            // "1.200" and "1 200" are thousands in Vietnamese writing, not decimals
            String digits = text.replaceAll("(?<=\\d)[. ](?=\\d{3}(?!\\d))", "");
            try {
                number = new BigDecimal(digits);
            } catch (NumberFormatException notANumber) {
                number = null;
            }
        }
        if (number == null || number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                || number.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
            String shown = text != null ? text : value.toString();
            report.reject(field,
                    "Giá trị '" + shown + "' của trường " + field + " không phải là số nguyên",
                    "Value '" + shown + "' of field " + field + " is not a whole number");
            return null;
        }
        return number.intValueExact();
    }

    /**
     * A calendar day, from a date column or from text as {@link SourceDates#parseDate} reads it
     * ({@code 12/03/2024}, {@code ngày 12 tháng 3 năm 2024}, {@code 2024-03-12}).
     *
     * @return the day, {@code null} when absent, blank or unreadable (reported)
     */
    public LocalDate date(String column, String field) {
        Object value = raw(column);
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate localDate) {
            return localDate;
        }
        if (value instanceof java.sql.Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (value instanceof LocalDateTime localDateTime) {
            return localDateTime.toLocalDate();
        }
        String text = text(column, field);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> day = SourceDates.parseDate(text);
        if (day.isEmpty()) {
            report.reject(field,
                    "Giá trị '" + text + "' của trường " + field + " không phải là ngày hợp lệ (ngày/tháng/năm)",
                    "Value '" + text + "' of field " + field + " is not a valid date (day/month/year)");
        }
        return day.orElse(null);
    }

    /**
     * A span of days, from text as {@link SourceDates#parseRange} reads it ({@code 12–15/03/2025},
     * {@code tháng 3/2025}, {@code quý II/2025}) or from a date column (one day).
     *
     * @return the range, {@code null} when absent, blank or unreadable (reported)
     */
    public DateRange dateRange(String column, String field) {
        Object value = raw(column);
        if (value == null) {
            return null;
        }
        if (!(value instanceof CharSequence)) {
            LocalDate day = date(column, field);
            return day == null ? null : DateRange.of(day);
        }
        String text = text(column, field);
        if (text == null) {
            return null;
        }
        Optional<DateRange> range = SourceDates.parseRange(text);
        if (range.isEmpty()) {
            report.reject(field,
                    "Giá trị '" + text + "' của trường " + field + " không phải là ngày hoặc khoảng thời gian hợp lệ",
                    "Value '" + text + "' of field " + field + " is not a valid date or date range");
        }
        return range.orElse(null);
    }

    /** @return the value as a decimal number, {@code null} when absent, blank or not a number (reported) */
    public BigDecimal decimal(String column, String field) {
        Object value = raw(column);
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            // via the decimal string, so 21.02 stays 21.02 and does not become 21.0199999...
            return parseDecimal(number.toString(), field);
        }
        String text = text(column, field);
        if (text == null) {
            return null;
        }
        // legacy Vietnamese systems write decimals with a comma: 21,0345
        String normalised = text.indexOf('.') < 0 && text.chars().filter(c -> c == ',').count() == 1
                ? text.replace(',', '.')
                : text;
        return parseDecimal(normalised, field);
    }

    /** @return the value as an instant, {@code null} when absent, blank or unreadable (reported) */
    public Instant instant(String column, String field) {
        Object value = raw(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        if (value instanceof ZonedDateTime zonedDateTime) {
            return zonedDateTime.toInstant();
        }
        if (value instanceof LocalDateTime localDateTime) {
            return localDateTime.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDate localDate) {
            return localDate.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        // a Timestamp holds the column's wall-clock value in the JVM's zone; read it back as such
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        String text = text(column, field);
        if (text == null) {
            return null;
        }
        Instant parsed = parseInstant(text);
        if (parsed == null) {
            report.reject(field,
                    "Giá trị '" + text + "' của trường " + field + " không phải là ngày giờ hợp lệ",
                    "Value '" + text + "' of field " + field + " is not a valid date-time");
        }
        return parsed;
    }

    private BigDecimal parseDecimal(String text, String field) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            report.reject(field,
                    "Giá trị '" + text + "' của trường " + field + " không phải là số",
                    "Value '" + text + "' of field " + field + " is not a number");
            return null;
        }
    }

    private static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            // try the zone-less forms below
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notIsoLocal) {
            // try the SQL form below
        }
        try {
            return LocalDateTime.parse(text, SQL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notSql) {
            // try a bare date below
        }
        try {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }
}
