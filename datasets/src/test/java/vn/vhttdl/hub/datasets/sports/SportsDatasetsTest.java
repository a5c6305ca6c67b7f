package vn.vhttdl.hub.datasets.sports;

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
import vn.vhttdl.hub.datasets.time.DateRange;

class SportsDatasetsTest {

    private final SportsEventDataset events = new SportsEventDataset();
    private final AthleteDataset athletes = new AthleteDataset();
    private final DatasetCheck<SportsEvent> eventCheck = new DatasetCheck<>(events);
    private final DatasetCheck<Athlete> athleteCheck = new DatasetCheck<>(athletes);

    private static Map<String, Object> wrestling(Object... columnsAndValues) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", "GTT-0001");
        row.put("name", "Giải Vật dân tộc hội Lim năm 2025");
        row.put("sport", "Vật dân tộc");
        row.put("level", "Cấp tỉnh");
        row.put("event_dates", "12–14/02/2025");
        row.put("organiser", "Sở Văn hóa, Thể thao và Du lịch");
        row.put("venue", "Đồi Lim");
        row.put("commune_code", "09319");
        row.put("commune_name", "Xã Tiên Du");
        row.put("participants", 120);
        row.put("updated_at", Instant.parse("2025-02-20T00:00:00Z"));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    private static Map<String, Object> athlete(Object... columnsAndValues) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", "VDV-0001");
        row.put("full_name", "Giáp Thị Quỳnh");
        row.put("gender", "Nữ");
        row.put("birth_date", "12/05/2006");
        row.put("sport", "Vật");
        row.put("level", "Kiện tướng");
        row.put("squad", "Đội tuyển");
        row.put("updated_at", Instant.parse("2025-02-20T00:00:00Z"));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    @Test
    void readsAnEventWithItsDaysAndMapsIt() {
        DatasetCheck.Outcome<SportsEvent> outcome = eventCheck.read(wrestling());

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.record().eventDates()).isEqualTo(new DateRange(LocalDate.of(2025, 2, 12), LocalDate.of(2025, 2, 14)));
        assertThat(events.toFormat("ministry/sports-event/v1", outcome.record())).containsEntry("monThiDau", "VAT")
                .containsEntry("capGiai", "CAP_TINH").containsEntry("ngayBatDau", "2025-02-12")
                .containsEntry("ngayKetThuc", "2025-02-14");
        assertThat(eventCheck.schemaViolations("ministry/sports-event/v1", outcome.record())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Vật dân tộc        | VAT
            Bơi chải           | DUA_THUYEN
            Cờ tướng           | CO_TUONG
            Môn đẩy gậy        | DAY_GAY
            Bóng đá nam        | BONG_DA
            Bóng đá 5 người    | FUTSAL
            Pétanque           | BI_SAT
            Chạy việt dã       | VIET_DA
            Võ cổ truyền       | VO_CO_TRUYEN
            Pencak-silat       | PENCAK_SILAT
            """)
    void readsSportsTolerantly(String text, Sport expected) {
        assertThat(Sport.SPELLINGS.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Cấp xã           | CAP_XA
            Cấp huyện        | CAP_XA
            Toàn tỉnh        | CAP_TINH
            Khu vực phía Bắc | KHU_VUC
            Trẻ quốc gia     | TOAN_QUOC
            Giải quốc tế     | QUOC_TE
            Đông Nam Á       | QUOC_TE
            """)
    void readsEventLevelsTolerantly(String text, EventLevel expected) {
        assertThat(EventLevel.SPELLINGS.parse(text)).contains(expected);
    }

    @Test
    void refusesEventDatesThatEndBeforeTheyStartAndAPlaceOfAnotherProvince() {
        assertThat(eventCheck.read(wrestling("event_dates", "15-12/03/2024")).report().errors()).containsExactly(
                new FieldError("eventDates",
                        "Giá trị '15-12/03/2024' của trường eventDates không phải là ngày hoặc khoảng thời gian hợp lệ",
                        "Value '15-12/03/2024' of field eventDates is not a valid date or date range"));
        assertThat(eventCheck.read(wrestling("commune_code", "00004", "commune_name", "Phường Ba Đình")).report().errors())
                .extracting(FieldError::field, FieldError::messageEn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("communeCode",
                        "Commune Phường Ba Đình (00004) does not lie in Tỉnh Bắc Ninh (24)"));
    }

    @Test
    void readsAnAthleteAndSendsOnlyTheBirthYear() {
        DatasetCheck.Outcome<Athlete> outcome = athleteCheck.read(athlete());

        assertThat(outcome.valid()).isTrue();
        Map<String, Object> payload = athletes.toFormat("ministry/athlete/v1", outcome.record());
        assertThat(payload).containsEntry("namSinh", 2006).containsEntry("gioiTinh", "NU").containsEntry("dangCap", "KIEN_TUONG")
                .doesNotContainKey("ngaySinh");
        assertThat(payload.values()).noneMatch(value -> String.valueOf(value).contains("12/05"));
        assertThat(athleteCheck.schemaViolations("ministry/athlete/v1", outcome.record())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12/05/2006  | 2006
            2006-05-12  | 2006
            2006        | 2006
            """)
    void readsTheBirthYearFromADateOrAYear(String text, int year) {
        assertThat(athleteCheck.read(athlete("birth_date", text)).record().birthYear()).isEqualTo(year);
        assertThat(athleteCheck.read(athlete("birth_date", 2006)).record().birthYear()).isEqualTo(2006);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kiện tướng        | KIEN_TUONG
            KT                | KIEN_TUONG
            Dự bị kiện tướng  | DU_BI_KIEN_TUONG
            DBKT              | DU_BI_KIEN_TUONG
            Cấp I             | CAP_1
            VĐV cấp 1         | CAP_1
            Chưa phong cấp    | CHUA_PHONG_CAP
            """)
    void readsAthleteGradesTolerantly(String text, AthleteLevel expected) {
        assertThat(athleteCheck.read(athlete("level", text)).record().level()).isEqualTo(expected);
    }

    @Test
    void refusesUnknownCodesAndImpossibleBirthDatesNamingValueAndField() {
        assertThat(athleteCheck.read(athlete("gender", "Không rõ")).report().errors()).extracting(FieldError::messageEn)
                .containsExactly("Unknown gender (male, female) 'Không rõ' (field gender)");
        assertThat(athleteCheck.read(athlete("squad", "Dự bị quốc gia")).refusedFields()).containsExactly("squad");
        assertThat(athleteCheck.read(athlete("birth_date", "30/02/2007")).refusedFields()).containsExactly("birthYear");
        assertThat(athleteCheck.read(athlete("birth_date", "1932")).report().errors()).extracting(FieldError::messageEn)
                .containsExactly("Year of birth must be between 1950 and 2020");
    }
}
