package vn.vhttdl.hub.datasets.tourism;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.testing.DatasetCheck;

class TourGuideDatasetTest {

    private static final String FORMAT = "ministry/tour-guide/v1";

    private final TourGuideDataset dataset = new TourGuideDataset();
    private final DatasetCheck<TourGuide> check = new DatasetCheck<>(dataset);

    private static Map<String, Object> guide() {
        Map<String, Object> row = new HashMap<>();
        row.put("id", "HDV-0001");
        row.put("full_name", "Nguyễn Thị Lan");
        row.put("card_type", "Quốc tế");
        row.put("card_number", "124230015");
        row.put("issued_on", "12/03/2023");
        row.put("expires_on", "11/03/2028");
        row.put("languages", "Tiếng Anh, Tiếng Pháp");
        row.put("issuing_province_code", "24");
        row.put("updated_at", Instant.parse("2024-01-02T03:04:05Z"));
        return row;
    }

    private static Map<String, Object> guideWith(Object... columnsAndValues) {
        Map<String, Object> row = guide();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    @Test
    void readsAValidInternationalGuide() {
        DatasetCheck.Outcome<TourGuide> outcome = check.read(guide());

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.record()).isEqualTo(new TourGuide("HDV-0001", "Nguyễn Thị Lan", GuideCardType.QUOC_TE,
                "124230015", LocalDate.of(2023, 3, 12), LocalDate.of(2028, 3, 11),
                List.of(ForeignLanguage.ENGLISH, ForeignLanguage.FRENCH), "24", Instant.parse("2024-01-02T03:04:05Z")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Quốc tế          | QUOC_TE
            HDV quốc tế      | QUOC_TE
            Thẻ quốc tế      | QUOC_TE
            QT               | QUOC_TE
            Nội địa          | NOI_DIA
            nội-địa          | NOI_DIA
            Thẻ HDV nội địa  | NOI_DIA
            Tại điểm         | TAI_DIEM
            HDV tại điểm     | TAI_DIEM
            """)
    void readsCardTypesTolerantly(String text, GuideCardType expected) {
        assertThat(GuideCardType.SPELLINGS.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tiếng Anh, Tiếng Pháp        | en fr
            Anh; Trung                   | en zh
            Anh - Nhật                   | en ja
            Tiếng Anh và Tiếng Hàn       | en ko
            English                      | en
            Tiếng Hoa / tiếng Anh        | zh en
            Anh, anh văn                 | en
            """)
    void readsLanguageListsAsIsoCodes(String text, String expected) {
        TourGuide guide = check.read(guideWith("languages", text)).record();

        assertThat(guide.languages()).extracting(ForeignLanguage::isoCode).containsExactly(expected.split(" "));
    }

    @Test
    void readsCardNumbersWrittenInGroupsAndFromNumericColumns() {
        assertThat(check.read(guideWith("card_number", "124 23 0015")).record().cardNumber()).isEqualTo("124230015");
        assertThat(check.read(guideWith("card_number", "124.23.0015")).record().cardNumber()).isEqualTo("124230015");
        assertThat(check.read(guideWith("card_number", 124230015L)).record().cardNumber()).isEqualTo("124230015");
    }

    @Test
    void readsTheDatesInTheFormsTheSystemWrote() {
        assertThat(check.read(guideWith("issued_on", "ngày 12 tháng 3 năm 2023")).record().issuedOn())
                .isEqualTo(LocalDate.of(2023, 3, 12));
        assertThat(check.read(guideWith("issued_on", "2023-03-12")).record().issuedOn()).isEqualTo(LocalDate.of(2023, 3, 12));
        assertThat(check.read(guideWith("issued_on", java.sql.Date.valueOf("2023-03-12"))).record().issuedOn())
                .isEqualTo(LocalDate.of(2023, 3, 12));
    }

    @Test
    void refusesACardNumberThatIsNotTheCardTypes() {
        assertThat(check.read(guideWith("card_number", "224230015")).report().errors()).containsExactly(new FieldError(
                "cardNumber", "Số thẻ phải bắt đầu bằng chữ số của loại thẻ (1 quốc tế, 2 nội địa, 3 tại điểm)",
                "Card number must start with the card type's digit (1 quốc tế, 2 nội địa, 3 tại điểm)"));
        assertThat(check.read(guideWith("card_number", "12423001")).refusedFields()).containsExactly("cardNumber");
    }

    @Test
    void refusesExpiriesThatAreMissingBeforeIssueOrBeyondFiveYears() {
        assertThat(check.read(guideWith("expires_on", null)).report().errors()).extracting(FieldError::messageEn)
                .containsExactly("International and domestic cards must have an expiry date");
        assertThat(check.read(guideWith("expires_on", "01/01/2022")).refusedFields()).containsExactly("expiresOn");
        assertThat(check.read(guideWith("expires_on", "13/03/2028")).refusedFields()).containsExactly("expiresOn");
        assertThat(check.read(guideWith("card_type", "Tại điểm", "card_number", "324230015", "expires_on", null,
                "languages", null)).valid()).isTrue();
    }

    @Test
    void refusesAnInternationalGuideWithoutLanguageAndAnUnknownLanguage() {
        assertThat(check.read(guideWith("languages", null)).refusedFields()).containsExactly("languages");
        assertThat(check.read(guideWith("languages", "Tiếng Anh, Tiếng Klingon")).report().errors())
                .containsExactly(new FieldError("languages",
                        "Giá trị 'Tiếng Klingon' không hợp lệ cho ngoại ngữ (trường languages)",
                        "Unknown foreign language 'Tiếng Klingon' (field languages)"));
        assertThat(check.read(guideWith("card_type", "Nội địa", "card_number", "224230015", "languages", null)).valid())
                .isTrue();
    }

    @Test
    void refusesAnImpossibleIssueDateNamingIt() {
        assertThat(check.read(guideWith("issued_on", "31/02/2020")).report().errors()).extracting(FieldError::messageEn)
                .containsExactly("Value '31/02/2020' of field issuedOn is not a valid date (day/month/year)");
    }

    @Test
    void mapsToTheMinistryFormat() {
        TourGuide guide = check.read(guide()).record();

        Map<String, Object> payload = dataset.toFormat(FORMAT, guide);

        assertThat(payload).containsEntry("loaiThe", "QUOC_TE").containsEntry("soThe", "124230015")
                .containsEntry("ngayCap", "2023-03-12").containsEntry("ngayHetHan", "2028-03-11")
                .containsEntry("ngoaiNgu", List.of("en", "fr")).containsEntry("ngayCapNhat", "2024-01-02T10:04:05+07:00");
        assertThat(check.schemaViolations(FORMAT, guide)).isEmpty();
    }

    @Test
    void theSchemaRefusesAnInternationalCardWithoutLanguages() {
        Map<String, Object> payload = new LinkedHashMap<>(dataset.toFormat(FORMAT, check.read(guide()).record()));
        payload.put("ngoaiNgu", List.of());

        assertThat(DatasetCheck.schemaViolations(FORMAT, "HDV-0001", payload)).extracting(v -> v.path())
                .containsExactly("ngoaiNgu");
    }
}
