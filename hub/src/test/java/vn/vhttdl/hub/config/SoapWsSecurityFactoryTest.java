package vn.vhttdl.hub.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vhttdl.hub.connectors.soap.WsSecuritySettings;

/** {@code hub.connectors.<name>.ws-security.*} becomes the connector's WS-Security settings, or fails at start naming the property. */
class SoapWsSecurityFactoryTest {

    @TempDir
    Path dir;

    private static WsSecurityFactory factory(ConnectorProperties.WsSecurity ws) {
        var connector = new ConnectorProperties.Connector(ConnectorProperties.Type.SOAP, "http://lgsp.invalid",
                Duration.ofSeconds(30), null, null, null, null, null, null, Set.of(), ws);
        return new WsSecurityFactory(new ConnectorProperties(Map.of("lgsp-soap", connector)));
    }

    private static ConnectorProperties.WsSignature noSignature() {
        return new ConnectorProperties.WsSignature(null, "PKCS12", null, null, null);
    }

    @Test
    void aDigestTokenWithoutSignatureIsTheDefaultShape() {
        WsSecuritySettings settings = factory(new ConnectorProperties.WsSecurity("hub", "secret",
                ConnectorProperties.PasswordType.DIGEST, Duration.ofMinutes(5), noSignature())).forConnector("lgsp-soap");

        assertThat(settings.passwordType()).isEqualTo(WsSecuritySettings.PasswordType.DIGEST);
        assertThat(settings.signature()).isNull();
        assertThat(settings.timestampTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void aMissingPasswordFailsNamingTheProperty() {
        assertThatThrownBy(() -> factory(new ConnectorProperties.WsSecurity("hub", " ",
                ConnectorProperties.PasswordType.DIGEST, Duration.ofMinutes(5), noSignature())).forConnector("lgsp-soap"))
                .hasMessageContaining("hub.connectors.lgsp-soap.ws-security.password");
        assertThatThrownBy(() -> factory(new ConnectorProperties.WsSecurity(null, "secret",
                ConnectorProperties.PasswordType.TEXT, Duration.ofMinutes(5), noSignature())).forConnector("lgsp-soap"))
                .hasMessageContaining("hub.connectors.lgsp-soap.ws-security.username");
    }

    @Test
    void aSignatureNeedsAReadableKeyStoreAndItsAlias() throws Exception {
        Path missing = dir.resolve("missing.p12");
        assertThatThrownBy(() -> factory(new ConnectorProperties.WsSecurity("hub", "secret",
                ConnectorProperties.PasswordType.DIGEST, Duration.ofMinutes(5),
                new ConnectorProperties.WsSignature(missing.toString(), "PKCS12", "p", "hub", null))).forConnector("lgsp-soap"))
                .hasMessageContaining("hub.connectors.lgsp-soap.ws-security.signature.keystore");

        Path present = Files.writeString(dir.resolve("hub.p12"), "not checked here: WSS4J reads it at the first call");
        assertThatThrownBy(() -> factory(new ConnectorProperties.WsSecurity("hub", "secret",
                ConnectorProperties.PasswordType.DIGEST, Duration.ofMinutes(5),
                new ConnectorProperties.WsSignature(present.toString(), "PKCS12", "p", null, null))).forConnector("lgsp-soap"))
                .hasMessageContaining("hub.connectors.lgsp-soap.ws-security.signature.key-alias");

        WsSecuritySettings signed = factory(new ConnectorProperties.WsSecurity("hub", "secret",
                ConnectorProperties.PasswordType.DIGEST, Duration.ofMinutes(5),
                new ConnectorProperties.WsSignature(present.toString(), "PKCS12", "store-pass", "hub", ""))).forConnector("lgsp-soap");
        assertThat(signed.signature().keyPassword()).as("the key's password defaults to the store's").isEqualTo("store-pass");
        assertThat(signed.toString()).doesNotContain("store-pass");
    }
}
