package vn.vhttdl.sandbox.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vhttdl.hub.schemas.SchemaCatalog;
import vn.vhttdl.sandbox.SandboxProperties;

class ReceiversTest {

    private final SchemaCatalog catalog = new SchemaCatalog();

    @Test
    void knowsTheDefaultReceiver() {
        Receivers receivers = new Receivers(new SandboxProperties(), catalog);

        assertThat(receivers.paths()).containsExactly("/vhttdl/1.0/di-tich");
        assertThat(receivers.formatOf("/vhttdl/1.0/di-tich")).contains("ministry/heritage-site/v1");
        assertThat(receivers.formatOf("/vhttdl/1.0/bao-tang")).isEmpty();
    }

    @Test
    void refusesToStartWithAnUnknownFormatAReservedPathOrATwiceConfiguredPath() {
        SandboxProperties properties = new SandboxProperties();
        properties.setReceivers(List.of(
                new SandboxProperties.Receiver("/vhttdl/1.0/hien-vat", "ministry/museum-object/v9"),
                new SandboxProperties.Receiver("/token", "ministry/heritage-site/v1"),
                new SandboxProperties.Receiver("/vhttdl/1.0/di-tich", "ministry/heritage-site/v1"),
                new SandboxProperties.Receiver("/vhttdl/1.0/di-tich", "ministry/heritage-site/v1")));

        assertThatThrownBy(() -> new Receivers(properties, catalog))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/vhttdl/1.0/hien-vat: no schema ships for format 'ministry/museum-object/v9'")
                .hasMessageContaining("/token: the sandbox itself answers")
                .hasMessageContaining("/vhttdl/1.0/di-tich: configured twice");
    }
}
