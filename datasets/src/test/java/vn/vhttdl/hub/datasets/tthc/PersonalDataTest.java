package vn.vhttdl.hub.datasets.tthc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "027195001234|**********34",
            "123456789|*******89",
            "0912345678|********78",
            "+84912345678|**********78",
            "nguyen.thi.lan@example.com|n***@example.com",
            "  0912345678 |********78",
            "1234|****",
            "12|**",
            "0101234567-001|************01"})
    void masksAllButTheLastTwoCharactersOrTheDomain(String value, String masked) {
        assertThat(PersonalData.mask(value)).isEqualTo(masked);
    }

    @Test
    void masksNothingIntoSomething() {
        assertThat(PersonalData.mask(null)).isEmpty();
        assertThat(PersonalData.mask("")).isEmpty();
    }

    @Test
    void redactsIdsPhonesAndEmailsInsideFreeText() {
        String portalMessage = "Hồ sơ 000.07.24.H05-250902-00017: SoDinhDanh 027195001234 trùng với hồ sơ khác; "
                + "liên hệ 0912.345.678 hoặc 0912 345 678, nguyen.thi.lan@example.com; ngày 20250917163000";

        String redacted = PersonalData.redact(portalMessage);

        assertThat(redacted)
                .doesNotContain("027195001234", "0912.345.678", "0912 345 678", "nguyen.thi.lan@")
                .contains("**********34", "n***@example.com")
                // what identifies the case stays readable
                .contains("000.07.24.H05-250902-00017", "20250917163000");
    }

    @Test
    void leavesTextWithoutPersonalDataAsItIs() {
        String text = "Mã TTHC 1.001829, lệ phí 650000 đồng, thẻ số 2410001";
        assertThat(PersonalData.redact(text)).isEqualTo(text);
        assertThat(PersonalData.redact(null)).isEmpty();
    }
}
