package vn.vhttdl.hub.connectors.soap;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;

/**
 * Turns {@link WsSecuritySettings} into WSS4J's out-interceptor: the one place where the hub's
 * WS-Security header is decided. The UsernameToken and key passwords reach WSS4J through a
 * callback; only the key store's password has to sit in the crypto properties, which nothing
 * logs.
 */
public final class WsSecurityHeader {

    /** Key under which the signature crypto's properties travel in the WSS4J configuration. */
    static final String SIGNATURE_CRYPTO = "hubSignatureCrypto";

    private static final String SOAP12_BODY = "{Element}{http://www.w3.org/2003/05/soap-envelope}Body";
    private static final String TIMESTAMP =
            "{Element}{http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd}Timestamp";
    private static final String USERNAME_TOKEN =
            "{Element}{http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd}UsernameToken";

    private final WsSecuritySettings settings;

    public WsSecurityHeader(WsSecuritySettings settings) {
        this.settings = settings;
    }

    /** @return a configured interceptor for one CXF client */
    public WSS4JOutInterceptor interceptor() {
        return new WSS4JOutInterceptor(properties());
    }

    /** @return the WSS4J configuration (actions and their settings), without any password */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        WsSecuritySettings.Signature signature = settings.signature();
        properties.put(ConfigurationConstants.ACTION, signature == null
                ? ConfigurationConstants.USERNAME_TOKEN + " " + ConfigurationConstants.TIMESTAMP
                : ConfigurationConstants.USERNAME_TOKEN + " " + ConfigurationConstants.TIMESTAMP + " "
                        + ConfigurationConstants.SIGNATURE);
        properties.put(ConfigurationConstants.USER, settings.username());
        properties.put(ConfigurationConstants.PASSWORD_TYPE,
                settings.passwordType() == WsSecuritySettings.PasswordType.DIGEST ? "PasswordDigest" : "PasswordText");
        // a digest always has them; with text they still let the service refuse a replay
        properties.put(ConfigurationConstants.ADD_USERNAMETOKEN_NONCE, "true");
        properties.put(ConfigurationConstants.ADD_USERNAMETOKEN_CREATED, "true");
        properties.put(ConfigurationConstants.TTL_TIMESTAMP, String.valueOf(Math.max(1, settings.timestampTtl().toSeconds())));
        properties.put(ConfigurationConstants.MUST_UNDERSTAND, "true");
        properties.put(ConfigurationConstants.PW_CALLBACK_REF, passwords());
        if (signature != null) {
            properties.put(ConfigurationConstants.SIGNATURE_USER, signature.keyAlias());
            properties.put(ConfigurationConstants.SIG_PROP_REF_ID, SIGNATURE_CRYPTO);
            properties.put(SIGNATURE_CRYPTO, cryptoProperties(signature));
            // the certificate travels in the message (BinarySecurityToken): the service needs only
            // to trust it, not to hold a copy of every client's certificate
            properties.put(ConfigurationConstants.SIG_KEY_ID, "DirectReference");
            properties.put(ConfigurationConstants.SIG_ALGO, "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
            properties.put(ConfigurationConstants.SIG_DIGEST_ALGO, "http://www.w3.org/2001/04/xmlenc#sha256");
            properties.put(ConfigurationConstants.SIG_C14N_ALGO, "http://www.w3.org/2001/10/xml-exc-c14n#");
            properties.put(ConfigurationConstants.SIGNATURE_PARTS, SOAP12_BODY + ";" + TIMESTAMP + ";" + USERNAME_TOKEN);
        }
        return properties;
    }

    private static Properties cryptoProperties(WsSecuritySettings.Signature signature) {
        Properties crypto = new Properties();
        crypto.put("org.apache.wss4j.crypto.provider", "org.apache.wss4j.common.crypto.Merlin");
        crypto.put("org.apache.wss4j.crypto.merlin.keystore.type", signature.keystoreType());
        crypto.put("org.apache.wss4j.crypto.merlin.keystore.file", signature.keystore().toAbsolutePath().toString());
        crypto.put("org.apache.wss4j.crypto.merlin.keystore.password", signature.keystorePassword());
        crypto.put("org.apache.wss4j.crypto.merlin.keystore.alias", signature.keyAlias());
        return crypto;
    }

    /** Answers WSS4J's requests for the UsernameToken password and the signing key's password. */
    private CallbackHandler passwords() {
        return callbacks -> {
            for (var callback : callbacks) {
                if (!(callback instanceof WSPasswordCallback password)) {
                    throw new UnsupportedCallbackException(callback);
                }
                if (password.getUsage() == WSPasswordCallback.SIGNATURE && settings.signature() != null) {
                    password.setPassword(settings.signature().keyPassword());
                } else if (settings.username().equals(password.getIdentifier())) {
                    password.setPassword(settings.password());
                }
            }
        };
    }
}
