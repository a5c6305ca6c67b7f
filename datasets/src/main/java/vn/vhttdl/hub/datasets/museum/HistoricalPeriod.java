package vn.vhttdl.hub.datasets.museum;

import java.util.List;

/**
 * A dynasty, culture or period that catalogues date objects by when no year is known ({@code
 * Thời Lê sơ}, {@code Văn hóa Đông Sơn}). Years are astronomical (year 0 is 1 BCE); the bounds of
 * prehistoric cultures are the usual textbook approximations.
 *
 * @param names folded spellings, without the words "thời", "nhà", "triều", "văn hóa"
 * @param first first year
 * @param last  last year
 */
record HistoricalPeriod(List<String> names, int first, int last) {

    static final List<HistoricalPeriod> ALL = List.of(
            new HistoricalPeriod(List.of("phung nguyen"), -1999, -1499),
            new HistoricalPeriod(List.of("dong dau"), -1499, -1099),
            new HistoricalPeriod(List.of("go mun"), -1099, -699),
            new HistoricalPeriod(List.of("dong son"), -699, 100),
            new HistoricalPeriod(List.of("sa huynh"), -999, 200),
            new HistoricalPeriod(List.of("oc eo"), 1, 700),
            new HistoricalPeriod(List.of("bac thuoc"), -110, 938),
            new HistoricalPeriod(List.of("ngo"), 939, 965),
            new HistoricalPeriod(List.of("dinh"), 968, 980),
            new HistoricalPeriod(List.of("tien le"), 980, 1009),
            new HistoricalPeriod(List.of("ly"), 1009, 1225),
            new HistoricalPeriod(List.of("tran"), 1225, 1400),
            new HistoricalPeriod(List.of("ly tran"), 1009, 1400),
            new HistoricalPeriod(List.of("ho"), 1400, 1407),
            new HistoricalPeriod(List.of("le so"), 1428, 1527),
            new HistoricalPeriod(List.of("mac"), 1527, 1592),
            new HistoricalPeriod(List.of("le trung hung", "le trung hung"), 1533, 1789),
            new HistoricalPeriod(List.of("le"), 1428, 1789),
            new HistoricalPeriod(List.of("le mac"), 1428, 1789),
            new HistoricalPeriod(List.of("tay son"), 1778, 1802),
            new HistoricalPeriod(List.of("nguyen"), 1802, 1945),
            new HistoricalPeriod(List.of("le nguyen"), 1428, 1945),
            new HistoricalPeriod(List.of("phap thuoc"), 1884, 1945),
            new HistoricalPeriod(List.of("khang chien chong phap"), 1945, 1954),
            new HistoricalPeriod(List.of("khang chien chong my"), 1954, 1975));
}
