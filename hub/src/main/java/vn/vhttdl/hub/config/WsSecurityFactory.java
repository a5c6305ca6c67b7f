package vn.vhttdl.hub.config;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.connectors.soap.WsSecuritySettings;

/**
 * Builds the WS-Security settings of a SOAP connector from {@code hub.connectors.<name>.ws-security.*},
 * refusing at start, with the property's name, a setting that would only fail at the first call.
 */
@Component
public class WsSecurityFactory {

    private final ConnectorProperties properties;

    public WsSecurityFactory(ConnectorProperties properties) {
        this.properties = properties;
    }

    /** @throws IllegalStateException naming the property when a setting is missing or unusable */
    public WsSecuritySettings forConnector(String name) {
        ConnectorProperties.WsSecurity ws = properties.connectors().get(name).wsSecurity();
        String prefix = "hub.connectors." + name + ".ws-security.";
        WsSecuritySettings.Signature signature = null;
        ConnectorProperties.WsSignature sig = ws.signature();
        if (sig != null && sig.keystore() != null && !sig.keystore().isBlank()) {
            Path keystore = Path.of(sig.keystore());
            if (!Files.isReadable(keystore)) {
                throw new IllegalStateException("Không đọc được kho khóa / cannot read the key store: " + prefix
                        + "signature.keystore=" + keystore);
            }
            String storePassword = required(sig.keystorePassword(), prefix + "signature.keystore-password");
            signature = new WsSecuritySettings.Signature(keystore, sig.keystoreType(), storePassword,
                    required(sig.keyAlias(), prefix + "signature.key-alias"),
                    sig.keyPassword() == null || sig.keyPassword().isEmpty() ? storePassword : sig.keyPassword());
        }
        return new WsSecuritySettings(required(ws.username(), prefix + "username"),
                required(ws.password(), prefix + "password"),
                ws.passwordType() == ConnectorProperties.PasswordType.TEXT
                        ? WsSecuritySettings.PasswordType.TEXT
                        : WsSecuritySettings.PasswordType.DIGEST,
                ws.timestampTtl(), signature);
    }

    private static String required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Thiếu cấu hình / missing setting: " + property);
        }
        return value;
    }
}
