package vn.vhttdl.hub.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import vn.vhttdl.hub.connectors.auth.BasicAuth;
import vn.vhttdl.hub.connectors.auth.LgspVnptAuth;

/** Each {@code auth.type} builds its authentication from the connector's settings, or names the missing one. */
class TargetAuthFactoryTest {

    private static ConnectorProperties.Auth auth(ConnectorProperties.AuthType type, String username, String password,
            String secretKey) {
        return new ConnectorProperties.Auth(type, "http://127.0.0.1:1/token", null, null, username, password,
                Duration.ofSeconds(60), "hub-access-key", secretKey, "HubVHTTDL", "000.00.24.H04", "");
    }

    private static ConnectorProperties properties(ConnectorProperties.Auth auth, String sslBundle,
            ConnectorProperties.Routing routing) {
        return new ConnectorProperties(Map.of("lgsp", new ConnectorProperties.Connector(ConnectorProperties.Type.REST,
                "http://127.0.0.1:1", Duration.ofSeconds(5), auth,
                new ConnectorProperties.Retry(5, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60)),
                new ConnectorProperties.Circuit(50, 10, Duration.ofSeconds(30)),
                new ConnectorProperties.Portal("", "/dvcqg/login", "/dvcqg/service", 10, Set.of("-2")), sslBundle, routing, Set.of(), null)));
    }

    private static TargetAuthFactory factory(ConnectorProperties properties) {
        return new TargetAuthFactory(properties, new ConnectorTls(properties, new DefaultSslBundleRegistry()),
                Clock.systemUTC());
    }

    private static final ConnectorProperties.Routing ROUTING =
            new ConnectorProperties.Routing("000.00.24.H04", "000.00.00.G12", "VHTTDL_DI_TICH");

    @Test
    void basicIsWiredToHttpBasicWithTheConfiguredCredentials() {
        var auth = factory(properties(auth(ConnectorProperties.AuthType.BASIC, "hub", "s3cret", null), null, ROUTING))
                .forConnector("lgsp");

        assertThat(auth).isInstanceOf(BasicAuth.class);
        assertThat(auth.headers()).containsEntry("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("hub:s3cret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void basicWithoutAPasswordFailsNamingTheProperty() {
        assertThatThrownBy(() -> factory(properties(auth(ConnectorProperties.AuthType.BASIC, "hub", null, null), null,
                ROUTING)).forConnector("lgsp"))
                .hasMessageContaining("hub.connectors.lgsp.auth.password");
    }

    @Test
    void lgspVnptIsWiredWithItsRoutingCodesAndNeedsEveryKeyAndCode() {
        var auth = factory(properties(auth(ConnectorProperties.AuthType.LGSP_VNPT, null, null, "sk-do-not-print"), null, ROUTING))
                .forConnector("lgsp");
        assertThat(auth).isInstanceOf(LgspVnptAuth.class);
        assertThat(((LgspVnptAuth) auth).hasDefaultTranCode()).isTrue();
        assertThat(auth.toString()).doesNotContain("sk-do-not-print").contains("SENDER_CODE=000.00.24.H04");

        assertThatThrownBy(() -> factory(properties(auth(ConnectorProperties.AuthType.LGSP_VNPT, null, null, null), null,
                ROUTING)).forConnector("lgsp"))
                .hasMessageContaining("hub.connectors.lgsp.auth.secret-key");
        assertThatThrownBy(() -> factory(properties(auth(ConnectorProperties.AuthType.LGSP_VNPT, null, null, "sk-do-not-print"), null,
                new ConnectorProperties.Routing("000.00.24.H04", null, null))).forConnector("lgsp"))
                .hasMessageContaining("hub.connectors.lgsp.routing.receiver-code");
    }

    @Test
    void anSslBundleThatIsNotConfiguredFailsNamingTheSetting() {
        assertThatThrownBy(() -> factory(properties(auth(ConnectorProperties.AuthType.LGSP_VNPT, null, null, "sk-do-not-print"), "lgsp-ca",
                ROUTING)).forConnector("lgsp"))
                .hasMessageContaining("hub.connectors.lgsp.ssl-bundle").hasMessageContaining("lgsp-ca");
    }
}
