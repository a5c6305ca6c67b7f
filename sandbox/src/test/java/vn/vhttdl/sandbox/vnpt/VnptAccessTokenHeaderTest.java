package vn.vhttdl.sandbox.vnpt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class VnptAccessTokenHeaderTest {

    private final AccessTokenHeader header = new AccessTokenHeader(new VnptLgspProperties());

    private static String encode(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theRegisteredApplicationIsAcceptedAndItsFieldsRead() {
        AccessTokenHeader.Verdict verdict = header.check(encode("{\"AccessKey\":\"hub-access-key\",\"SecretKey\":"
                + "\"hub-secret-key\",\"AppName\":\"HubVHTTDL\",\"PartnerCode\":\"000.00.24.H04\",\"PartnerCodeCus\":\"X\"}"));
        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.secretKeyMatches()).isTrue();
        assertThat(verdict.partnerCodeCus()).isEqualTo("X");
        assertThat(verdict.toString()).doesNotContain("hub-secret-key");
    }

    @Test
    void aWrongSecretKeyIsRefusedWithAReasonThatDoesNotQuoteIt() {
        AccessTokenHeader.Verdict verdict = header.check(encode("{\"AccessKey\":\"hub-access-key\",\"SecretKey\":"
                + "\"guess\",\"AppName\":\"HubVHTTDL\",\"PartnerCode\":\"000.00.24.H04\"}"));
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.refusal()).contains("wrong SecretKey").doesNotContain("guess");
        assertThat(verdict.accessKey()).isEqualTo("hub-access-key");
    }

    @Test
    void eachOtherFieldIsCheckedAndNamed() {
        assertThat(header.check(encode("{\"AccessKey\":\"hub-access-key\",\"SecretKey\":\"hub-secret-key\","
                + "\"AppName\":\"Other\",\"PartnerCode\":\"000.00.24.H04\"}")).refusal()).contains("AppName");
        assertThat(header.check(encode("{\"AccessKey\":\"hub-access-key\",\"SecretKey\":\"hub-secret-key\","
                + "\"AppName\":\"HubVHTTDL\",\"PartnerCode\":\"000.00.99.H99\"}")).refusal()).contains("PartnerCode");
        assertThat(header.check(encode("{\"AccessKey\":\"nobody\",\"SecretKey\":\"hub-secret-key\"}")).refusal())
                .contains("AccessKey");
    }

    @Test
    void missingMalformedAndHostileHeadersAreRefusedNotThrown() {
        assertThat(header.check(null).refusal()).contains("missing");
        assertThat(header.check("not base64 !").refusal()).contains("not Base64");
        assertThat(header.check(encode("[1,2]")).refusal()).contains("not Base64");
        assertThat(header.check(encode("{\"a\":".repeat(50) + "1" + "}".repeat(50))).accepted()).isFalse();
        assertThat(header.check("A".repeat(5000)).refusal()).contains("too long");
    }
}
