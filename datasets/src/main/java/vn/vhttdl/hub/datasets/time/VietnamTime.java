package vn.vhttdl.hub.datasets.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How the ministry formats write times and days: times in Vietnam's zone with seconds and the
 * offset ({@code 2025-03-04T10:15:00+07:00}, as DESIGN §4 requires), days as ISO dates.
 */
public final class VietnamTime {

    /** Asia/Ho_Chi_Minh, UTC+7 all year. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter OFFSET_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private VietnamTime() {
    }

    /** @return {@code 2025-03-04T10:15:00+07:00}; {@code null} for {@code null} */
    public static String dateTime(Instant instant) {
        return instant == null ? null : OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
    }

    /** @return {@code 2025-03-04}; {@code null} for {@code null} */
    public static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
