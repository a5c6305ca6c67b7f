package vn.vhttdl.hub.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vhttdl.hub.datasets.heritage.HeritageSite;
import vn.vhttdl.hub.datasets.heritage.HeritageType;
import vn.vhttdl.hub.datasets.heritage.RankingLevel;

class RecordValidatorTest {

    private final RecordValidator validator = new RecordValidator();

    private static HeritageSite site(String communeCode, String name, BigDecimal latitude, BigDecimal longitude) {
        return new HeritageSite("DT-0002", name, RankingLevel.QUOC_GIA, HeritageType.KIEN_TRUC_NGHE_THUAT,
                "1543 QĐ/VH", communeCode, "Phường Vân Hà", "24", null, latitude, longitude, null,
                Instant.parse("2024-05-06T07:08:09Z"));
    }

    private static HeritageSite valid() {
        return site("07798", "Đình Thổ Hà", new BigDecimal("21.2180"), new BigDecimal("106.1150"));
    }

    @Test
    void acceptsAValidRecord() {
        assertThat(validator.validate(valid())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"35.5", "8.0", "-21.2", "23.41"})
    void refusesALatitudeOutsideVietnamInBothLanguages(String latitude) {
        var errors = validator.validate(site("07798", "Đình Thổ Hà", new BigDecimal(latitude), new BigDecimal("106.1")));

        assertThat(errors).containsExactly(new FieldError("latitude",
                "Vĩ độ phải nằm trong lãnh thổ Việt Nam (8.1–23.4)", "Latitude must lie within Vietnam (8.1–23.4)"));
    }

    @Test
    void refusesALongitudeOutsideVietnam() {
        var errors = validator.validate(site("07798", "Đình Thổ Hà", new BigDecimal("16.5"), new BigDecimal("112.3")));

        assertThat(errors).extracting(FieldError::field, FieldError::messageEn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("longitude",
                        "Longitude must lie within Vietnam (102.1–109.5)"));
    }

    @Test
    void refusesHalfAPositionNamingTheMissingCoordinate() {
        var onlyLatitude = validator.validate(site("07798", "Đình Thổ Hà", new BigDecimal("21.2"), null));
        var onlyLongitude = validator.validate(site("07798", "Đình Thổ Hà", null, new BigDecimal("106.1")));

        assertThat(onlyLatitude).containsExactly(new FieldError("longitude",
                "Vĩ độ và kinh độ phải cùng được ghi hoặc cùng để trống",
                "Latitude and longitude must both be given or both be left empty"));
        assertThat(onlyLongitude).extracting(FieldError::field).containsExactly("latitude");
        assertThat(validator.validate(site("07798", "Đình Thổ Hà", null, null))).isEmpty();
    }

    @Test
    void refusesAFourDigitCommuneCode() {
        assertThat(validator.validate(site("7696", "Đình Thổ Hà", null, null))).containsExactly(new FieldError(
                "communeCode", "Mã xã phải gồm đúng 5 chữ số (Quyết định 19/2025/QĐ-TTg)",
                "Commune code must be exactly 5 digits (Decision 19/2025/QĐ-TTg)"));
    }

    @Test
    void interpolatesTheLimitsOfTheRule() {
        assertThat(validator.validate(site("07798", "Đ", null, null))).containsExactly(new FieldError("name",
                "Tên di tích phải dài từ 2 đến 500 ký tự", "Relic name must be 2 to 500 characters long"));
    }

    @Test
    void reportsEveryRefusedFieldOrderedByField() {
        HeritageSite empty = new HeritageSite(" ", null, null, null, null, null, null, "2", null, null, null, null, null);

        assertThat(validator.validate(empty)).extracting(FieldError::field).containsExactly("communeCode",
                "communeName", "heritageType", "id", "name", "provinceCode", "rankingLevel", "updatedAt");
    }

    @Test
    void speaksBothLanguagesWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("vi-VN"));
            RecordValidator underVietnameseDefault = new RecordValidator();

            assertThat(underVietnameseDefault.validate(site("07798", "Đình", new BigDecimal("35.5"), BigDecimal.TEN)))
                    .extracting(FieldError::messageEn)
                    .containsExactly("Latitude must lie within Vietnam (8.1–23.4)",
                            "Longitude must lie within Vietnam (102.1–109.5)");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void addsToAReportOnlyFieldsNotRefusedYet() {
        RecordReport report = new RecordReport();
        report.reject("rankingLevel", "Giá trị 'Cấp huyện' không hợp lệ cho cấp xếp hạng", "Unknown ranking level 'Cấp huyện'");
        HeritageSite site = new HeritageSite("DT-0003", "Đình Thổ Hà", null, HeritageType.LICH_SU, null, "7696",
                "Phường Vân Hà", "24", null, null, null, null, Instant.EPOCH);

        validator.validateInto(site, report);

        assertThat(report.errors()).extracting(FieldError::field).containsExactly("rankingLevel", "communeCode");
    }
}
