package vn.vhttdl.hub.connectors.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class LgspAccessTokenTest {

    private static final LgspAccessToken TOKEN = new LgspAccessToken("ak-vhttdl", "Bí-mật/42", "HeThongChiaSe",
            "000.00.24.H04", "000.00.00.G12");

    @Test
    void theHeaderIsBase64OfTheJsonWithThePlatformsFieldNamesInOrder() throws Exception {
        String value = TOKEN.headerValue();

        byte[] decoded = Base64.getDecoder().decode(value); // standard alphabet, padded: throws otherwise
        String json = new String(decoded, StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"AccessKey\":\"ak-vhttdl\",\"SecretKey\":\"Bí-mật/42\",\"AppName\":\"HeThongChiaSe\","
                + "\"PartnerCode\":\"000.00.24.H04\",\"PartnerCodeCus\":\"000.00.00.G12\"}");
        JsonNode fields = new ObjectMapper().readTree(json);
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("AccessKey", "SecretKey", "AppName", "PartnerCode", "PartnerCodeCus");
    }

    @Test
    void aValueThatNeedsEscapingStaysValidJson() throws Exception {
        LgspAccessToken quoted = new LgspAccessToken("a\"k", "s\\e\"c", "App", "P", null);
        JsonNode fields = new ObjectMapper().readTree(Base64.getDecoder().decode(quoted.headerValue()));
        assertThat(fields.path("AccessKey").asText()).isEqualTo("a\"k");
        assertThat(fields.path("SecretKey").asText()).isEqualTo("s\\e\"c");
        assertThat(fields.path("PartnerCodeCus").asText()).isEmpty();
    }

    @Test
    void theSecretNeverAppearsInToStringNeitherDoesTheHeader() {
        assertThat(TOKEN.toString()).contains("ak-vhttdl", "HeThongChiaSe", "000.00.24.H04")
                .doesNotContain("Bí-mật/42").doesNotContain(TOKEN.headerValue());

        LgspVnptAuth auth = new LgspVnptAuth("lgsp-vnpt", "http://127.0.0.1:1/token", TOKEN, "000.00.24.H04",
                "000.00.00.G12", "VHTTDL_DITICH", Duration.ofSeconds(60), Duration.ofSeconds(1), null, Clock.systemUTC());
        assertThat(auth.toString()).contains("SENDER_CODE=000.00.24.H04").doesNotContain("Bí-mật/42")
                .doesNotContain(TOKEN.headerValue());
    }

    @Test
    void everyFieldButPartnerCodeCusIsRequiredAndNamed() {
        assertThatThrownBy(() -> new LgspAccessToken("ak", " ", "App", "P", "C"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SecretKey");
        assertThatThrownBy(() -> new LgspAccessToken("ak", "s", "App", null, "C"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PartnerCode");
    }
}
