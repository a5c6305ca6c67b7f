package vn.vhttdl.hub.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A DVCQG connector as an administrator writes it in YAML ({@code type: dvcqg},
 * {@code auth.type: dvcqg-session}): bound with the defaults of the portal section, and a missing
 * or misplaced setting refused with its property name.
 */
class DvcqgConnectorSettingsTest {

    private static Map<String, String> dvcqg() {
        Map<String, String> properties = new HashMap<>();
        properties.put("hub.connectors.dvcqg.type", "dvcqg");
        properties.put("hub.connectors.dvcqg.base-url", "https://dvcqg-adapter.example");
        properties.put("hub.connectors.dvcqg.auth.type", "dvcqg-session");
        properties.put("hub.connectors.dvcqg.auth.username", "sovhttdl");
        properties.put("hub.connectors.dvcqg.auth.password", "mat-khau");
        properties.put("hub.connectors.dvcqg.portal.madonvi", "000.07.24.H05");
        return properties;
    }

    private static ConnectorProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bind("hub", ConnectorProperties.class).get();
    }

    @Test
    void bindsTheConnectorWithThePortalDefaults() {
        ConnectorProperties.Connector connector = bind(dvcqg()).connectors().get("dvcqg");

        assertThat(connector.type()).isEqualTo(ConnectorProperties.Type.DVCQG);
        assertThat(connector.auth().type()).isEqualTo(ConnectorProperties.AuthType.DVCQG_SESSION);
        assertThat(connector.portal().loginPath()).isEqualTo("/dvcqg/login");
        assertThat(connector.portal().servicePath()).isEqualTo("/dvcqg/service");
        assertThat(connector.portal().chunkSize()).isEqualTo(10);
        assertThat(connector.portal().sessionExpiredCodes()).containsExactly("-2");
        assertThat(factory(bind(dvcqg())).dvcqgClientOf("dvcqg").toString())
                .contains("madonvi=000.07.24.H05").contains("password=******").doesNotContain("mat-khau");
    }

    @Test
    void aMissingUnitCodeIsRefusedWithItsPropertyName() {
        Map<String, String> properties = dvcqg();
        properties.remove("hub.connectors.dvcqg.portal.madonvi");

        assertThatThrownBy(() -> factory(bind(properties)).dvcqgClientOf("dvcqg"))
                .hasMessageContaining("hub.connectors.dvcqg.portal.madonvi");
    }

    @Test
    void aDvcqgConnectorWithAnotherAuthStyleIsRefused() {
        Map<String, String> properties = dvcqg();
        properties.put("hub.connectors.dvcqg.auth.type", "basic");

        assertThatThrownBy(() -> factory(bind(properties)).dvcqgClientOf("dvcqg"))
                .hasMessageContaining("hub.connectors.dvcqg.auth.type: dvcqg-session");
    }

    @Test
    void theSessionStyleOnARestConnectorIsRefused() {
        Map<String, String> properties = dvcqg();
        properties.put("hub.connectors.dvcqg.type", "rest");

        TargetAuthFactory factory = factory(bind(properties));
        assertThatThrownBy(() -> factory.forConnector("dvcqg")).hasMessageContaining("hub.connectors.dvcqg.auth.type");
        assertThatThrownBy(() -> factory.dvcqgClientOf("dvcqg")).hasMessageContaining("hub.connectors.dvcqg.type");
    }

    private static TargetAuthFactory factory(ConnectorProperties properties) {
        return new TargetAuthFactory(properties, new ConnectorTls(properties, new DefaultSslBundleRegistry()),
                Clock.systemUTC());
    }
}
