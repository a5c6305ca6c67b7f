package vn.vhttdl.hub.datasets.tourism;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.testing.DatasetCheck;

class TourismAccommodationDatasetTest {

    private static final String FORMAT = "ministry/tourism-accommodation/v1";

    private final TourismAccommodationDataset dataset = new TourismAccommodationDataset();
    private final DatasetCheck<TourismAccommodation> check = new DatasetCheck<>(dataset);

    private static Map<String, Object> hotel(Object... columnsAndValues) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", "CSLT-0001");
        row.put("name", "Khách sạn Sông Cầu");
        row.put("accommodation_type", "Khách sạn");
        row.put("star_grade", "3 sao");
        row.put("grade_decision", "123/QĐ-SVHTTDL");
        row.put("rooms", "86");
        row.put("licence_number", "2300123456");
        row.put("commune_code", "09187");
        row.put("commune_name", "Phường Kinh Bắc");
        row.put("address", "Số 12 đường Lý Thái Tổ");
        row.put("latitude", new BigDecimal("21.18"));
        row.put("longitude", new BigDecimal("106.07"));
        row.put("updated_at", Instant.parse("2025-08-01T00:00:00Z"));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    @Test
    void readsAValidHotel() {
        DatasetCheck.Outcome<TourismAccommodation> outcome = check.read(hotel());

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.record().starGrade()).isEqualTo(3);
        assertThat(outcome.record().rooms()).isEqualTo(86);
        assertThat(outcome.record().communeName()).isEqualTo("Phường Kinh Bắc");
        assertThat(check.schemaViolations(FORMAT, outcome.record())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            3 sao          | 3
            Ba sao         | 3
            ***            | 3
            ★★★★           | 4
            5*             | 5
            '2 * '         | 2
            Hạng 1 sao     | 1
            Chưa xếp hạng  | NULL
            Đạt chuẩn      | NULL
            ''             | NULL
            """)
    void readsStarGradesAsTheyAreWritten(String text, Integer stars) {
        Map<String, Object> row = hotel("star_grade", text);
        if (stars == null) {
            row.put("grade_decision", null);
        }
        DatasetCheck.Outcome<TourismAccommodation> outcome = check.read(row);

        assertThat(outcome.record().starGrade()).isEqualTo(stars);
        assertThat(outcome.valid()).isTrue();
    }

    @Test
    void readsANumericStarColumnWithZeroAsNotGraded() {
        assertThat(check.read(hotel("star_grade", 4)).record().starGrade()).isEqualTo(4);
        assertThat(check.read(hotel("star_grade", 0, "grade_decision", null)).record().starGrade()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Khách sạn                                 | KHACH_SAN
            KS                                        | KHACH_SAN
            Resort                                    | KHACH_SAN
            Biệt thự du lịch                          | BIET_THU_DU_LICH
            Căn hộ du lịch                            | CAN_HO_DU_LICH
            Tàu thuỷ lưu trú du lịch                  | TAU_THUY_LUU_TRU
            Nhà nghỉ                                  | NHA_NGHI_DU_LICH
            Homestay                                  | NHA_O_CO_PHONG_CHO_THUE
            Nhà ở có phòng cho khách du lịch thuê     | NHA_O_CO_PHONG_CHO_THUE
            Bãi cắm trại                              | BAI_CAM_TRAI
            """)
    void readsAccommodationTypesTolerantly(String text, AccommodationType expected) {
        assertThat(AccommodationType.SPELLINGS.parse(text)).contains(expected);
    }

    @Test
    void refusesStarsOnAHomestayAndStarsWithoutADecision() {
        assertThat(check.read(hotel("accommodation_type", "Homestay")).report().errors()).containsExactly(new FieldError(
                "starGrade", "Chỉ khách sạn, biệt thự du lịch, căn hộ du lịch và tàu thủy lưu trú du lịch được xếp hạng sao",
                "Only hotels, tourist villas, tourist apartments and tourist boats are graded in stars"));
        assertThat(check.read(hotel("grade_decision", null)).refusedFields()).containsExactly("gradeDecision");
        assertThat(check.read(hotel("star_grade", "6 sao")).report().errors()).extracting(FieldError::messageEn)
                .containsExactly("Unknown star grade (1–5) '6 sao' (field starGrade)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.200   | 1200
            ' 86 '  | 86
            """)
    void readsRoomCountsWithThousandsSeparators(String text, int rooms) {
        assertThat(check.read(hotel("rooms", text)).record().rooms()).isEqualTo(rooms);
    }

    @Test
    void refusesRoomsLicencesAndPlacesThatAreWrong() {
        assertThat(check.read(hotel("rooms", "mười")).refusedFields()).containsExactly("rooms");
        assertThat(check.read(hotel("rooms", "0")).refusedFields()).containsExactly("rooms");
        assertThat(check.read(hotel("licence_number", "240123456")).refusedFields()).containsExactly("licenceNumber");
        assertThat(check.read(hotel("licence_number", "2300 123 456-001")).valid()).isTrue();
        assertThat(check.read(hotel("commune_code", "99999", "commune_name", null)).refusedFields())
                .containsExactly("communeCode");
    }

    @Test
    void mapsAnOldCommuneOfTheSourceToItsCommuneOf2025() {
        TourismAccommodation place = check.read(hotel("commune_code", "09166", "commune_name", "Phường Đáp Cầu")).record();

        assertThat(place.communeCode()).isEqualTo("09169");
        assertThat(place.communeName()).isEqualTo("Phường Vũ Ninh");
        assertThat(dataset.toFormat(FORMAT, place)).containsEntry("maXa", "09169").containsEntry("maTinh", "24");
    }
}
