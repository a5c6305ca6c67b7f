package vn.vhttdl.hub.datasets.museum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatingParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            1783                                  | 1783  | 1783  | 1783
            Năm 1924                              | 1924  | 1924  | 1924
            1484?                                 | 1484  | 1484  | 1484?
            khoảng năm 1484                       | 1484  | 1484  | 1484~
            ~1484                                 | 1484  | 1484  | 1484~
            1890 – 1920                           | 1890  | 1920  | 1890/1920
            18XX                                  | 1800  | 1899  | 18XX
            184X                                  | 1840  | 1849  | 184X
            Thập niên 1940                        | 1940  | 1949  | 194X
            Năm Cảnh Hưng thứ 44 (1783)           | 1783  | 1783  | 1783
            Cảnh Hưng thứ 44                      | 1783  | 1783  | 1783
            Cảnh Hưng 44                          | 1783  | 1783  | 1783
            năm thứ 3 niên hiệu Chính Hòa         | 1682  | 1682  | 1682
            Chính Hòa thứ 2                       | 1681  | 1681  | 1681
            Cảnh Hưng năm Giáp Ngọ                | 1774  | 1774  | 1774
            Cảnh Hưng năm Giáp Tý                 | 1744  | 1744  | 1744
            Tự Đức nguyên niên                    | 1848  | 1848  | 1848
            Niên hiệu Minh Mạng                   | 1820  | 1840  | 1820/1840
            Năm Giáp Tý (1924)                    | 1924  | 1924  | 1924
            Sùng Khang thứ 11 (1576)              | 1576  | 1576  | 1576
            Thời Lê sơ (1428–1527)                | 1428  | 1527  | 1428/1527
            Thế kỷ XVIII                          | 1700  | 1799  | 17XX
            thế kỉ 18                             | 1700  | 1799  | 17XX
            TK XIX                                | 1800  | 1899  | 18XX
            Đầu thế kỷ XX                         | 1900  | 1932  | 1900/1932
            Giữa thế kỷ XVII                      | 1633  | 1666  | 1633/1666
            Cuối thế kỷ XIX                       | 1867  | 1899  | 1867/1899
            Nửa đầu thế kỷ XVIII                  | 1700  | 1749  | 1700/1749
            nửa sau TK 19                         | 1850  | 1899  | 1850/1899
            Thế kỷ XVII – XVIII                   | 1600  | 1799  | 1600/1799
            Cuối thế kỷ XIX - đầu thế kỷ XX       | 1867  | 1932  | 1867/1932
            Thế kỷ III TCN                        | -299  | -200  | -0299/-0200
            Thế kỷ 1 trước Công nguyên            | -99   | 0     | -0099/0000
            300 TCN                               | -299  | -299  | -0299
            Văn hóa Đông Sơn                      | -699  | 100   | -0699/0100
            Thời Lê sơ                            | 1428  | 1527  | 1428/1527
            Thời Lý                               | 1009  | 1225  | 1009/1225
            Thời Lý - Trần                        | 1009  | 1400  | 1009/1400
            Nhà Nguyễn                            | 1802  | 1945  | 1802/1945
            thời Lê trung hưng                    | 1533  | 1789  | 1533/1789
            Không rõ                              | NULL  | NULL  | XXXX
            Chưa xác định niên đại                | NULL  | NULL  | XXXX
            """)
    void readsCatalogueDatings(String text, Integer from, Integer to, String edtf) {
        assertThat(DatingParser.parse(text)).contains(new Dating(from, to, edtf));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Cảnh Hưng thứ 60",            // the era lasted 47 years
        "Năm Giáp Tý (1925)",           // 1925 is Ất Sửu
        "Cảnh Hưng thứ 44 (1790)",      // 1790 is not within Cảnh Hưng's 44th year
        "Chiêu Thống năm Giáp Tý",      // no Giáp Tý between 1787 and 1789
        "Thế kỷ XXV",
        "1920 - 1890",
        "Thế kỷ XVIII - XVII",
        "xưa lắm rồi",
        "Thời Hùng Vương dựng nước",
        "12/1995"})
    void refusesWhatItCannotReadOrWhatContradictsItself(String text) {
        assertThat(DatingParser.parse(text)).isEmpty();
    }

    @Test
    void leavesBlankTextToTheCaller() {
        assertThat(DatingParser.parse("  ")).isEmpty();
        assertThat(DatingParser.parse(null)).isEmpty();
    }

    @Test
    void noTwoReignErasShareAName() {
        Set<String> names = new HashSet<>();
        for (ReignEra era : ReignEra.ALL) {
            assertThat(names.add(DatingParser.fold(era.name()))).as(era.name()).isTrue();
            assertThat(era.last()).as(era.name()).isGreaterThanOrEqualTo(era.first());
        }
    }

    @ParameterizedTest
    @CsvSource({"1984, giap ty", "1783, quy mao", "1774, giap ngo", "1924, giap ty", "2025, at ty", "1945, at dau"})
    void namesYearsInTheSexagenaryCycle(int year, String name) {
        assertThat(CanChi.find(name)).get().matches(canChi -> canChi.names(year));
        assertThat(CanChi.find(name)).get().matches(canChi -> !canChi.names(year + 1));
    }
}
