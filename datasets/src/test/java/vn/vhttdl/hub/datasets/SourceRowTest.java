package vn.vhttdl.hub.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vhttdl.hub.datasets.code.CodeSpellings;
import vn.vhttdl.hub.datasets.text.VietnameseTextRepair;
import vn.vhttdl.hub.datasets.time.DateRange;

class SourceRowTest {

    private enum Grade { ONE, TWO }

    private static final CodeSpellings<Grade> GRADES = CodeSpellings.<Grade>builder("hạng", "grade", "hang")
            .add(Grade.ONE, "Một", "1").add(Grade.TWO, "Hai", "2").build();

    private final RecordReport report = new RecordReport();

    private SourceRow row(String column, Object value) {
        Map<String, Object> values = new HashMap<>();
        values.put(column, value);
        return new SourceRow(values, report, new VietnameseTextRepair());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            120      | 120
            ' 120 '  | 120
            1.200    | 1200
            1 200    | 1200
            12.000.000 | 12000000
            -3       | -3
            """)
    void readsWholeNumbersWrittenWithThousandsSeparators(String text, int expected) {
        assertThat(row("rooms", text).integer("rooms", "rooms")).isEqualTo(expected);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void readsWholeNumbersFromNumericColumns() {
        assertThat(row("rooms", 120L).integer("rooms", "rooms")).isEqualTo(120);
        assertThat(row("rooms", new BigDecimal("120.00")).integer("rooms", "rooms")).isEqualTo(120);
        assertThat(row("rooms", null).integer("rooms", "rooms")).isNull();
        assertThat(report.errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "mười", "12 phòng", "99999999999"})
    void refusesWhatIsNotAWholeNumberNamingValueAndField(String text) {
        assertThat(row("rooms", text).integer("rooms", "rooms")).isNull();
        assertThat(report.errors()).containsExactly(new FieldError("rooms",
                "Giá trị '" + text + "' của trường rooms không phải là số nguyên",
                "Value '" + text + "' of field rooms is not a whole number"));
    }

    @Test
    void readsDatesFromDateColumnsAndText() {
        LocalDate day = LocalDate.of(2024, 3, 12);
        assertThat(row("d", Date.valueOf(day)).date("d", "issuedOn")).isEqualTo(day);
        assertThat(row("d", Timestamp.valueOf(day.atTime(23, 59))).date("d", "issuedOn")).isEqualTo(day);
        assertThat(row("d", day.atStartOfDay()).date("d", "issuedOn")).isEqualTo(day);
        assertThat(row("d", "12/3/2024").date("d", "issuedOn")).isEqualTo(day);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void refusesAnUnreadableDateNamingValueAndField() {
        assertThat(row("d", "12/03/24").date("d", "issuedOn")).isNull();
        assertThat(report.errors()).containsExactly(new FieldError("issuedOn",
                "Giá trị '12/03/24' của trường issuedOn không phải là ngày hợp lệ (ngày/tháng/năm)",
                "Value '12/03/24' of field issuedOn is not a valid date (day/month/year)"));
    }

    @Test
    void readsDateRangesFromTextAndOneDayFromADateColumn() {
        assertThat(row("d", "12–15/03/2025").dateRange("d", "eventDates"))
                .isEqualTo(new DateRange(LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 15)));
        assertThat(row("d", Date.valueOf("2025-03-12")).dateRange("d", "eventDates"))
                .isEqualTo(DateRange.of(LocalDate.of(2025, 3, 12)));
        assertThat(row("d", "sắp tới").dateRange("d", "eventDates")).isNull();
        assertThat(report.errors()).extracting(FieldError::messageEn)
                .containsExactly("Value 'sắp tới' of field eventDates is not a valid date or date range");
    }

    @Test
    void readsCodesTolerantlyAndRefusesUnknownOnesNamingValueAndField() {
        assertThat(row("g", "Hạng Một").coded("g", "grade", GRADES)).isEqualTo(Grade.ONE);
        assertThat(row("g", "  ").coded("g", "grade", GRADES)).isNull();
        assertThat(report.errors()).isEmpty();

        assertThat(row("g", "Ba").coded("g", "grade", GRADES)).isNull();
        assertThat(report.errors()).containsExactly(new FieldError("grade",
                "Giá trị 'Ba' không hợp lệ cho hạng (trường grade)", "Unknown grade 'Ba' (field grade)"));
    }

    @Test
    void leavesTheTextOfAFieldWithRepairSwitchedOffAsTheSourceHoldsIt() {
        Map<String, Object> values = new HashMap<>();
        values.put("title", "§×nh Thæ Hµ");
        values.put("call_number", " §×nh Thæ Hµ ");
        SourceRow source = new SourceRow(values, report, new VietnameseTextRepair(), Set.of("callNumber"));

        assertThat(source.text("title", "title")).isEqualTo("Đình Thổ Hà");
        assertThat(source.text("call_number", "callNumber")).isEqualTo("§×nh Thæ Hµ");
        assertThat(report.repairedFieldNames()).containsExactly("title");
        assertThat(report.repairedFields()).isEqualTo(1);
    }

    @Test
    void decodesAShortViqrFieldWhenAnotherFieldOfTheRowIsClearlyViqrAndCountsBoth() {
        Map<String, Object> values = new HashMap<>();
        values.put("ten", "DDi`nh Tho^? Ha`");
        values.put("quyet_dinh", "3677 QDD/VH");
        values.put("ghi_chu", "Quan Ho.");
        SourceRow source = new SourceRow(values, report, new VietnameseTextRepair());

        assertThat(source.text("ten", "name")).isEqualTo("Đình Thổ Hà");
        assertThat(source.text("quyet_dinh", "decisionNumber")).isEqualTo("3677 QĐ/VH");
        assertThat(source.text("ghi_chu", "note")).isEqualTo("Quan Họ");
        assertThat(report.repairedFieldNames()).containsExactly("name", "decisionNumber", "note");
        assertThat(report.repairedFields()).isEqualTo(3);
    }

    @Test
    void decodesEveryFieldOfARowWhollyInTcvn3EvenWhereItReadsAsVietnameseOrNamesAMinorityPlace() {
        Map<String, Object> values = new HashMap<>();
        values.put("ten", "Kh¸ch s¹n S«ng CÇu");
        values.put("hang", "Bèn sao");
        values.put("xa", "Kr«ng Pa");
        SourceRow source = new SourceRow(values, report, new VietnameseTextRepair());

        assertThat(source.text("ten", "name")).isEqualTo("Khách sạn Sông Cầu");
        assertThat(source.text("hang", "stars")).isEqualTo("Bốn sao");
        assertThat(source.text("xa", "commune")).isEqualTo("Krông Pa");
    }

    /** A field in Unicode (QĐ) shows the row was partly converted: what reads as Vietnamese may be Unicode too. */
    @Test
    void leavesWhatReadsAsVietnameseInARowPartlyInUnicode() {
        Map<String, Object> values = new HashMap<>();
        values.put("ten", "Kh¸ch s¹n S«ng CÇu");
        values.put("quyet_dinh", "86/QĐ-UBND");
        values.put("hang", "Bèn sao");
        values.put("xa", "Xã Krông Pa");
        SourceRow source = new SourceRow(values, report, new VietnameseTextRepair());

        assertThat(source.text("ten", "name")).isEqualTo("Khách sạn Sông Cầu");
        assertThat(source.text("hang", "stars")).isEqualTo("Bèn sao");
        assertThat(source.text("xa", "commune")).isEqualTo("Xã Krông Pa");
    }

    @Test
    void removesTheEscapesOfAConverterFromCodesAndAddressesOfAViqrRow() {
        Map<String, Object> values = new HashMap<>();
        values.put("ten", "DDi`nh Tho^? Ha`");
        values.put("ma", "D\\DL-0001");
        values.put("email", "bui\\.ngoc@example.com");
        SourceRow source = new SourceRow(values, report, new VietnameseTextRepair());

        assertThat(source.text("ma", "id")).isEqualTo("DDL-0001");
        assertThat(source.text("email", "email")).isEqualTo("bui.ngoc@example.com");
    }

    @Test
    void ignoresTimeOfDayOfATimestampTakenAsADate() {
        assertThat(row("d", LocalDateTime.of(2024, 3, 12, 0, 30)).date("d", "issuedOn")).isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ma_xa", "MA_XA", "Ma_Xa"})
    void findsAColumnWhateverTheCaseTheDriverGaveIt(String column) {
        Map<String, Object> values = new HashMap<>();
        values.put(column, "07210");
        values.put("ten_xa", "Phường Bắc Giang");
        SourceRow source = new SourceRow(values, report, new VietnameseTextRepair());

        assertThat(source.has("ma_xa")).isTrue();
        assertThat(source.has("MA_XA")).isTrue();
        assertThat(source.text("Ma_Xa", "communeCode")).isEqualTo("07210");
        assertThat(source.text("TEN_XA", "communeName")).isEqualTo("Phường Bắc Giang");
        assertThat(source.raw("quan_huyen")).isNull();
        assertThat(source.has("quan_huyen")).isFalse();
    }

    @Test
    void findsAColumnNamedOutsideAsciiWhateverItsCase() {
        Map<String, Object> values = new HashMap<>();
        values.put("TÊN_XÃ", "Phường Bắc Giang");
        values.put("mã_xã", "07210");
        SourceRow source = new SourceRow(values, report, new VietnameseTextRepair());

        assertThat(source.text("tên_xã", "communeName")).isEqualTo("Phường Bắc Giang");
        assertThat(source.text("MÃ_XÃ", "communeCode")).isEqualTo("07210");
    }
}
