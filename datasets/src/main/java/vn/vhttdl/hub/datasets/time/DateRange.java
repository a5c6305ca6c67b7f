package vn.vhttdl.hub.datasets.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of calendar days, both ends included: one day, a month ({@code 03/2025}), a quarter
 * or the days of an event ({@code 12–15/03/2025}).
 *
 * @param from the first day
 * @param to   the last day, not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** @return the range of one day */
    public static DateRange of(LocalDate day) {
        return new DateRange(day, day);
    }
}
