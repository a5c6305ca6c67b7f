package vn.vhttdl.hub.datasets.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            12/03/2024                 | 2024-03-12
            12/3/2024                  | 2024-03-12
            2/3/2024                   | 2024-03-02
            12-03-2024                 | 2024-03-12
            12.03.2024                 | 2024-03-12
            ' 12 / 03 / 2024 '         | 2024-03-12
            12/03/2024 08:30           | 2024-03-12
            12/03/2024 08:30:15        | 2024-03-12
            12/3/2024 8h30             | 2024-03-12
            ngày 12 tháng 3 năm 2024   | 2024-03-12
            Ngày 12 tháng 03 năm 2024  | 2024-03-12
            ngay 12 thang 3 nam 2024   | 2024-03-12
            2024-03-12                 | 2024-03-12
            2024-03-12T08:30:00        | 2024-03-12
            2024-03-12T08:30:00+07:00  | 2024-03-12
            2024-03-12 08:30:00.0      | 2024-03-12
            20240312                   | 2024-03-12
            20240312083000             | 2024-03-12
            29/02/2024                 | 2024-02-29
            """)
    void readsTheDaysVietnameseSystemsWrite(String text, LocalDate expected) {
        assertThat(SourceDates.parseDate(text)).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"12/03/24", "31/02/2024", "29/02/2023", "13/13/2024", "2024/03/12x", "hôm qua", "",
        "03/2024", "12/03", "1/1/202", "2024-13-01", "00/01/2024"})
    void refusesWhatIsNotExactlyOneDay(String text) {
        assertThat(SourceDates.parseDate(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            12/03/2025                      | 2025-03-12 | 2025-03-12
            12–15/03/2025                   | 2025-03-12 | 2025-03-15
            12-15/3/2025                    | 2025-03-12 | 2025-03-15
            12 - 15/03/2025                 | 2025-03-12 | 2025-03-15
            28/02 - 02/03/2025              | 2025-02-28 | 2025-03-02
            28/02–02/03/2025                | 2025-02-28 | 2025-03-02
            Từ 12/3 đến 15/3/2025           | 2025-03-12 | 2025-03-15
            từ ngày 12/03/2025 đến ngày 15/03/2025 | 2025-03-12 | 2025-03-15
            12/03/2025 - 15/03/2025         | 2025-03-12 | 2025-03-15
            30/12/2024 - 02/01/2025         | 2024-12-30 | 2025-01-02
            03/2025                         | 2025-03-01 | 2025-03-31
            Tháng 2/2024                    | 2024-02-01 | 2024-02-29
            tháng 3 năm 2025                | 2025-03-01 | 2025-03-31
            Quý II/2025                     | 2025-04-01 | 2025-06-30
            Q4/2025                         | 2025-10-01 | 2025-12-31
            quý 1 năm 2025                  | 2025-01-01 | 2025-03-31
            2025                            | 2025-01-01 | 2025-12-31
            Năm 2025                        | 2025-01-01 | 2025-12-31
            2023-2024                       | 2023-01-01 | 2024-12-31
            """)
    void readsEventDatesAsRanges(String text, LocalDate from, LocalDate to) {
        assertThat(SourceDates.parseRange(text)).contains(new DateRange(from, to));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"15-12/03/2025", "02/03 - 28/02/2025", "13/2025", "Quý V/2025", "2025-2023", "sắp tới",
        "12/03/2025 - 10/03/2025", "32-33/01/2025"})
    void refusesRangesThatEndBeforeTheyStartOrDoNotExist(String text) {
        assertThat(SourceDates.parseRange(text)).isEmpty();
    }
}
