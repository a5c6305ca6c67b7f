package vn.vhttdl.hub.datasets.culture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.testing.DatasetCheck;

class CulturalTitleDatasetTest {

    private static final String FORMAT = "ministry/cultural-title/v1";

    private final CulturalTitleDataset dataset = new CulturalTitleDataset();
    private final DatasetCheck<CulturalTitle> check = new DatasetCheck<>(dataset);

    /** A family title as the commune software of the former Yên Dũng district holds it: old units. */
    private static Map<String, Object> family(Object... columnsAndValues) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", "DHVH-0001");
        row.put("title_type", "Gia đình văn hóa");
        row.put("holder_name", "Hộ ông Nguyễn Văn An");
        row.put("title_year", "2023");
        row.put("commune_code", "07693");
        row.put("commune_name", "Xã Tân An");
        row.put("district", "Thành phố Bắc Giang");
        row.put("province_code", "24");
        row.put("decision_number", "45/QĐ-UBND");
        row.put("decision_date", "18/12/2023");
        row.put("updated_at", Instant.parse("2024-01-05T02:00:00Z"));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    @Test
    void mapsTheOldCommuneToItsCommuneOf2025() {
        DatasetCheck.Outcome<CulturalTitle> outcome = check.read(family());

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.record().communeCode()).isEqualTo("07682");
        assertThat(outcome.record().communeName()).isEqualTo("Phường Tân An");
        assertThat(outcome.record().provinceCode()).isEqualTo("24");
        assertThat(dataset.toFormat(FORMAT, outcome.record())).containsEntry("maXa", "07682")
                .containsEntry("tenXa", "Phường Tân An").containsEntry("namCongNhan", 2023)
                .containsEntry("ngayQuyetDinh", "2023-12-18");
        assertThat(check.schemaViolations(FORMAT, outcome.record())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            09193 | Thị trấn Chờ     | NULL            | 27          | 09193
            NULL  | Thị trấn Chờ     | Huyện Yên Phong | 27          | 09193
            NULL  | TT Chờ           | Yên Phong       | Bắc Ninh    | 09193
            07468 | Xã Tiên Nha      | NULL            | 24          | 07444
            07444 | Thị trấn Đồi Ngô | NULL            | 24          | 07444
            NULL  | Xã Đồng Tiến     | Huyện Yên Thế   | Bắc Giang   | 07246
            NULL  | Xã Đồng Tiến     | Huyện Hiệp Hòa  | 24          | 07822
            NULL  | Xa Dong Tien     | huyen hiep hoa  | bac giang   | 07822
            """)
    void placesOldCommunesByCodeOrByNameAndDistrict(String code, String name, String district, String province,
            String expected) {
        DatasetCheck.Outcome<CulturalTitle> outcome = check.read(family("commune_code", code, "commune_name", name,
                "district", district, "province_code", province));

        assertThat(outcome.report().errors()).isEmpty();
        assertThat(outcome.record().communeCode()).isEqualTo(expected);
    }

    @Test
    void refusesAnOldCommuneNameThatFitsTwoCommunesNamingTheField() {
        DatasetCheck.Outcome<CulturalTitle> outcome = check.read(family("commune_code", null, "commune_name", "Xã Đồng Tiến",
                "district", null));

        assertThat(outcome.refusedFields()).containsExactly("communeCode");
        assertThat(outcome.report().errors().get(0).messageVi()).startsWith("Địa danh 'Xã Đồng Tiến' ứng với nhiều đơn vị");
    }

    @Test
    void refusesANameThatContradictsTheCode() {
        assertThat(check.read(family("commune_code", "07351", "commune_name", "Xã Lam Sơn", "district", null)).report().errors())
                .containsExactly(new FieldError("communeName",
                        "Tên xã 'Xã Lam Sơn' không khớp với mã xã 07351: Xã Ngọc Thiện (07351)",
                        "Commune name 'Xã Lam Sơn' does not match commune code 07351: Xã Ngọc Thiện (07351)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Gia đình văn hóa      | GIA_DINH_VAN_HOA
            GĐVH                  | GIA_DINH_VAN_HOA
            Gia đình văn hoá      | GIA_DINH_VAN_HOA
            Thôn văn hóa          | THON_VAN_HOA
            Làng văn hóa          | THON_VAN_HOA
            Thôn, làng văn hóa    | THON_VAN_HOA
            Khu dân cư văn hóa    | THON_VAN_HOA
            Tổ dân phố văn hóa    | TO_DAN_PHO_VAN_HOA
            TDP văn hóa           | TO_DAN_PHO_VAN_HOA
            Khu phố văn hóa       | TO_DAN_PHO_VAN_HOA
            """)
    void readsTitleTypesTolerantly(String text, CulturalTitleType expected) {
        assertThat(check.read(family("title_type", text)).record().titleType()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2023      | 2023
            Năm 2023  | 2023
            năm 2023  | 2023
            2023.0    | 2023
            """)
    void readsTheYearAsTheSoftwareWroteIt(String text, int year) {
        assertThat(check.read(family("title_year", text)).record().year()).isEqualTo(year);
        assertThat(check.read(family("title_year", 2023)).record().year()).isEqualTo(2023);
    }

    @Test
    void refusesAnUnreadableYearAndADecisionOfAnotherYear() {
        assertThat(check.read(family("title_year", "hai nghìn")).report().errors()).extracting(FieldError::messageEn)
                .containsExactly("Value 'hai nghìn' of field year is not a year (e.g. 2024)");
        assertThat(check.read(family("decision_date", "15/12/2021")).report().errors()).containsExactly(new FieldError(
                "decisionDate", "Quyết định phải được ban hành trong năm công nhận hoặc đầu năm sau",
                "The decision must be dated in the title's year or early in the next"));
        assertThat(check.read(family("decision_date", "10/01/2024")).valid()).isTrue();
        assertThat(check.read(family("title_year", "1985", "decision_date", "20/12/1985")).refusedFields())
                .containsExactly("year");
    }

    @Test
    void repairsATcvn3RowAndStillPlacesItsOldCommune() {
        DatasetCheck.Outcome<CulturalTitle> outcome = check.read(family("title_type", "Gia ®×nh v¨n hãa",
                "holder_name", "Hé «ng NguyÔn V¨n An", "commune_name", "X· T©n An", "decision_date", "ngµy 18 th¸ng 12 n¨m 2023"));

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.record().holderName()).isEqualTo("Hộ ông Nguyễn Văn An");
        assertThat(outcome.record().decisionDate()).isEqualTo(LocalDate.of(2023, 12, 18));
        assertThat(outcome.report().repairedFieldNames()).contains("titleType", "holderName", "communeName", "decisionDate");
    }
}
