package vn.vhttdl.hub.datasets.tthc;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;

/**
 * The portal's dates: {@code yyyyMMddHHmmss} in Vietnam's time ({@code Asia/Ho_Chi_Minh}), and
 * {@code ""} for a date that is not there (never {@code null}, never a made-up date).
 */
public final class DvcqgDates {

    /** Vietnam's zone, UTC+7 all year. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** {@code uuuu}, not {@code yyyy}: strict resolution needs the proleptic year. */
    private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern FOURTEEN_DIGITS = Pattern.compile("[0-9]{14}");

    private DvcqgDates() {
    }

    /** @return {@code instant} as the portal writes it, e.g. {@code 20250304101500}; {@code ""} for {@code null} */
    public static String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return PORTAL.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(VIETNAM));
    }

    /**
     * Reads a date-time column of a one-stop system. Typed columns and ISO or SQL text are read
     * by {@link SourceRow#instant} (zone-less values as UTC, the zone the hub's sources store);
     * 14-digit text is the portal's own format, which such systems copy, and is Vietnam's time.
     * Anything else (a {@code 31/12/2025}, a 31 February) is refused with the field named, before
     * anything is sent.
     *
     * @return the instant; {@code null} when the column is absent, NULL or blank, or unreadable (reported)
     */
    public static Instant read(SourceRow source, String column, String field, RecordReport report) {
        Object raw = source.raw(column);
        if (raw instanceof CharSequence chars) {
            String text = chars.toString().strip();
            if (text.isEmpty()) {
                return null;
            }
            if (FOURTEEN_DIGITS.matcher(text).matches()) {
                return parsePortalFormat(text, field, report);
            }
        }
        return source.instant(column, field);
    }

    private static Instant parsePortalFormat(String text, String field, RecordReport report) {
        try {
            return LocalDateTime.parse(text, PORTAL).atZone(VIETNAM).toInstant();
        } catch (DateTimeException notADate) {
            report.reject(field,
                    "Giá trị '" + text + "' của trường " + field + " không phải ngày giờ có thật (yyyyMMddHHmmss)",
                    "Value '" + text + "' of field " + field + " is not a real date-time (yyyyMMddHHmmss)");
            return null;
        }
    }
}
