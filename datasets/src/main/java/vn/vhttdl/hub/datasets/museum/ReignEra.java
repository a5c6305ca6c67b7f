package vn.vhttdl.hub.datasets.museum;

import java.util.List;

/**
 * Niên hiệu: a reign era, by which inscriptions and catalogues date objects ({@code Cảnh Hưng
 * thứ 44} is 1783). The eras below are the ones objects of the Red River delta museums are
 * commonly dated by (Lý to Nguyễn); first and last year as Vietnamese historiography gives them.
 * Lê Lợi's Thuận Thiên (1428–1433) is left out: it shares its name with Lý Thái Tổ's, and an
 * object dated by it needs its year in brackets.
 *
 * @param name  the era's name as written ({@code Cảnh Hưng})
 * @param first its first year
 * @param last  its last year
 */
record ReignEra(String name, int first, int last) {

    static final List<ReignEra> ALL = List.of(
            new ReignEra("Thuận Thiên", 1010, 1028), new ReignEra("Thiên Thành", 1028, 1033),
            new ReignEra("Long Thụy Thái Bình", 1054, 1058), new ReignEra("Anh Vũ Chiêu Thắng", 1076, 1084),
            new ReignEra("Hội Phong", 1092, 1100), new ReignEra("Long Phù", 1101, 1109),
            new ReignEra("Thiệu Long", 1258, 1272), new ReignEra("Hưng Long", 1293, 1314),
            new ReignEra("Đại Khánh", 1314, 1323), new ReignEra("Khai Thái", 1324, 1329),
            new ReignEra("Thiệu Phong", 1341, 1357), new ReignEra("Đại Trị", 1358, 1369),
            new ReignEra("Thiệu Bình", 1434, 1439),
            new ReignEra("Đại Bảo", 1440, 1442), new ReignEra("Thái Hòa", 1443, 1453),
            new ReignEra("Diên Ninh", 1454, 1459), new ReignEra("Quang Thuận", 1460, 1469),
            new ReignEra("Hồng Đức", 1470, 1497), new ReignEra("Cảnh Thống", 1498, 1504),
            new ReignEra("Đoan Khánh", 1505, 1509), new ReignEra("Hồng Thuận", 1509, 1516),
            new ReignEra("Minh Đức", 1527, 1529), new ReignEra("Đại Chính", 1530, 1540),
            new ReignEra("Quảng Hòa", 1541, 1546), new ReignEra("Cảnh Lịch", 1548, 1553),
            new ReignEra("Sùng Khang", 1566, 1577), new ReignEra("Diên Thành", 1578, 1585),
            new ReignEra("Hưng Trị", 1588, 1590), new ReignEra("Quang Hưng", 1578, 1599),
            new ReignEra("Hoằng Định", 1601, 1619), new ReignEra("Vĩnh Tộ", 1619, 1629),
            new ReignEra("Đức Long", 1629, 1634), new ReignEra("Dương Hòa", 1635, 1643),
            new ReignEra("Phúc Thái", 1643, 1649), new ReignEra("Khánh Đức", 1649, 1653),
            new ReignEra("Thịnh Đức", 1653, 1658), new ReignEra("Vĩnh Thọ", 1658, 1662),
            new ReignEra("Cảnh Trị", 1663, 1671), new ReignEra("Dương Đức", 1672, 1673),
            new ReignEra("Đức Nguyên", 1674, 1675), new ReignEra("Vĩnh Trị", 1676, 1680),
            new ReignEra("Chính Hòa", 1680, 1705), new ReignEra("Vĩnh Thịnh", 1705, 1719),
            new ReignEra("Bảo Thái", 1720, 1729), new ReignEra("Vĩnh Khánh", 1729, 1732),
            new ReignEra("Long Đức", 1732, 1735), new ReignEra("Vĩnh Hựu", 1735, 1740),
            new ReignEra("Cảnh Hưng", 1740, 1786), new ReignEra("Chiêu Thống", 1787, 1789),
            new ReignEra("Thái Đức", 1778, 1793), new ReignEra("Quang Trung", 1788, 1792),
            new ReignEra("Cảnh Thịnh", 1793, 1801), new ReignEra("Bảo Hưng", 1801, 1802),
            new ReignEra("Gia Long", 1802, 1819), new ReignEra("Minh Mạng", 1820, 1840),
            new ReignEra("Thiệu Trị", 1841, 1847), new ReignEra("Tự Đức", 1848, 1883),
            new ReignEra("Kiến Phúc", 1884, 1884), new ReignEra("Hàm Nghi", 1884, 1885),
            new ReignEra("Đồng Khánh", 1886, 1888), new ReignEra("Thành Thái", 1889, 1907),
            new ReignEra("Duy Tân", 1907, 1916), new ReignEra("Khải Định", 1916, 1925),
            new ReignEra("Bảo Đại", 1926, 1945));
}
