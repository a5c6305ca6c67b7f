package vn.vhttdl.hub.datasets.museum;

/**
 * Niên đại: the machine-readable dating of a museum object, beside the verbatim text the
 * catalogue keeps ({@code Năm Cảnh Hưng thứ 44 (1783)}, {@code Thế kỷ XVIII}).
 *
 * <p>Years are astronomical (ISO 8601 / EDTF): year 0 is 1 BCE, -299 is 300 BCE. A dating the
 * catalogue marks as unknown ({@code Không rõ}) has no years and the EDTF {@code XXXX}.
 *
 * @param fromYear the earliest year, {@code null} when unknown
 * @param toYear   the latest year, {@code null} when unknown
 * @param edtf     the same in the Extended Date/Time Format (ISO 8601-2): {@code 1783},
 *                 {@code 1484?} (uncertain), {@code 1484~} (approximate), {@code 17XX} (a century),
 *                 {@code 184X} (a decade), {@code 1428/1527} (an interval)
 */
public record Dating(Integer fromYear, Integer toYear, String edtf) {

    /** A dating the catalogue itself gives as unknown. */
    public static final Dating UNKNOWN = new Dating(null, null, "XXXX");

    /** @return one exact year */
    static Dating year(int year) {
        return new Dating(year, year, edtfYear(year));
    }

    /** @return one year marked uncertain ({@code 1484?}) or approximate ({@code 1484~}) */
    static Dating qualifiedYear(int year, char qualifier) {
        return new Dating(year, year, edtfYear(year) + qualifier);
    }

    /** @return the years from {@code from} to {@code to}, both included, written as EDTF reads best */
    static Dating span(int from, int to) {
        if (from == to) {
            return year(from);
        }
        if (from >= 0 && from % 100 == 0 && to == from + 99) {
            return new Dating(from, to, String.format("%02dXX", from / 100));
        }
        if (from >= 0 && from % 10 == 0 && to == from + 9) {
            return new Dating(from, to, String.format("%03dX", from / 10));
        }
        return new Dating(from, to, edtfYear(from) + "/" + edtfYear(to));
    }

    private static String edtfYear(int year) {
        return year < 0 ? String.format("-%04d", -year) : String.format("%04d", year);
    }
}
