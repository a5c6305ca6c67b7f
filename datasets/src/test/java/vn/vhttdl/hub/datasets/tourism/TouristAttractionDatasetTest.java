package vn.vhttdl.hub.datasets.tourism;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.testing.DatasetCheck;

class TouristAttractionDatasetTest {

    private static final String FORMAT = "ministry/tourist-attraction/v1";

    private final TouristAttractionDataset dataset = new TouristAttractionDataset();
    private final DatasetCheck<TouristAttraction> check = new DatasetCheck<>(dataset);

    private static Map<String, Object> tayYenTu(Object... columnsAndValues) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", "DDL-0001");
        row.put("name", "Khu du lịch Tây Yên Tử");
        row.put("level", "Khu du lịch cấp tỉnh");
        row.put("category", "Tâm linh");
        row.put("recognition_decision", "1234/QĐ-UBND");
        row.put("recognised_on", java.sql.Date.valueOf("2019-05-20"));
        row.put("heritage_site_id", "DT-0016");
        row.put("commune_code", "07616");
        row.put("commune_name", "Xã Tây Yên Tử");
        row.put("annual_visitors", 350000);
        row.put("updated_at", Instant.parse("2025-02-01T00:00:00Z"));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    @Test
    void readsAndMapsAValidAttraction() {
        DatasetCheck.Outcome<TouristAttraction> outcome = check.read(tayYenTu());

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.record().recognisedOn()).isEqualTo(LocalDate.of(2019, 5, 20));
        assertThat(dataset.toFormat(FORMAT, outcome.record())).containsEntry("capCongNhan", "KHU_DU_LICH_CAP_TINH")
                .containsEntry("loaiHinh", "TAM_LINH").containsEntry("maDiTich", "DT-0016")
                .containsEntry("ngayCongNhan", "2019-05-20");
        assertThat(check.schemaViolations(FORMAT, outcome.record())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Điểm du lịch            | DIEM_DU_LICH
            ĐDL                     | DIEM_DU_LICH
            Được công nhận là điểm du lịch | DIEM_DU_LICH
            KDL cấp tỉnh            | KHU_DU_LICH_CAP_TINH
            Khu du lịch tỉnh        | KHU_DU_LICH_CAP_TINH
            Khu du lịch quốc gia    | KHU_DU_LICH_QUOC_GIA
            KDL QG                  | KHU_DU_LICH_QUOC_GIA
            Chưa công nhận          | CHUA_CONG_NHAN
            Tiềm năng               | CHUA_CONG_NHAN
            """)
    void readsRecognitionLevelsTolerantly(String text, AttractionLevel expected) {
        assertThat(AttractionLevel.SPELLINGS.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Văn hóa - lịch sử   | VAN_HOA_LICH_SU
            Di tích             | VAN_HOA_LICH_SU
            Tâm linh            | TAM_LINH
            Sinh thái           | SINH_THAI
            Làng nghề truyền thống | LANG_NGHE
            Du lịch cộng đồng   | CONG_DONG
            Nghỉ dưỡng          | NGHI_DUONG
            Vui chơi giải trí   | VUI_CHOI_GIAI_TRI
            """)
    void readsCategoriesTolerantly(String text, AttractionCategory expected) {
        assertThat(AttractionCategory.SPELLINGS.parse(text)).contains(expected);
    }

    @Test
    void refusesARecognisedLevelWithoutItsDecision() {
        assertThat(check.read(tayYenTu("recognition_decision", null)).report().errors()).containsExactly(new FieldError(
                "recognitionDecision", "Điểm, khu du lịch đã công nhận phải có số quyết định công nhận",
                "A recognised tourist site or area needs its recognition decision number"));
        assertThat(check.read(tayYenTu("level", "Chưa công nhận", "recognition_decision", null)).valid()).isTrue();
    }

    @Test
    void refusesAnAmbiguousPlaceOnTheCommuneCodeNamingTheCandidates() {
        DatasetCheck.Outcome<TouristAttraction> outcome = check.read(tayYenTu("commune_code", null, "commune_name", "Xã Đồng Tiến"));

        assertThat(outcome.refusedFields()).containsExactly("communeCode");
        assertThat(outcome.report().errors().get(0).messageEn()).startsWith("Place 'Xã Đồng Tiến' matches several")
                .contains("Huyện Yên Thế").contains("Huyện Hiệp Hòa")
                // written with its marks, the name is not also Xã Đông Tiến of Yên Phong
                .doesNotContain("Đông Tiến");
    }

    @Test
    void placesAnAttractionByCommuneNameAlone() {
        TouristAttraction attraction = check.read(tayYenTu("commune_code", null, "commune_name", "xa tay yen tu")).record();

        assertThat(attraction.communeCode()).isEqualTo("07616");
        assertThat(attraction.communeName()).isEqualTo("Xã Tây Yên Tử");
    }

    @Test
    void theSchemaRefusesARecognisedLevelWithoutDecision() {
        Map<String, Object> payload = new LinkedHashMap<>(dataset.toFormat(FORMAT, check.read(tayYenTu()).record()));
        payload.put("soQuyetDinhCongNhan", null);

        assertThat(DatasetCheck.schemaViolations(FORMAT, "DDL-0001", payload)).extracting(v -> v.path())
                .containsExactly("soQuyetDinhCongNhan");
    }
}
