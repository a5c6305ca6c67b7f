package vn.vhttdl.hub.connectors.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicAuthTest {

    @Test
    void sendsUserAndPasswordAsRfc7617BasicInUtf8() {
        BasicAuth auth = new BasicAuth("sở-vhttdl", "mật:khẩu");

        String header = auth.headers().get("Authorization");
        assertThat(header).startsWith("Basic ");
        assertThat(new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8))
                .isEqualTo("sở-vhttdl:mật:khẩu");
        assertThat(auth.headers()).hasSize(1);
    }

    @Test
    void theCredentialsNeverAppearInToString() {
        BasicAuth auth = new BasicAuth("hub", "s3cret");
        assertThat(auth.toString()).doesNotContain("s3cret").doesNotContain(auth.headers().get("Authorization").substring(6));
    }
}
