package vn.vhttdl.hub.connectors.soap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The WS-Security header the hub puts on every SOAP call (OASIS WSS 1.1, through WSS4J): a
 * UsernameToken with nonce and created, a Timestamp, and optionally an X.509 signature of the
 * body, the timestamp and the token.
 *
 * @param username      the account at the platform
 * @param password      its password (from the environment, never logged)
 * @param passwordType  digest (the password never travels) or text (only over TLS)
 * @param timestampTtl  life of the Timestamp: the service refuses the message after it
 * @param signature     the key to sign with, or null for no signature
 */
public record WsSecuritySettings(String username, String password, PasswordType passwordType, Duration timestampTtl,
        Signature signature) {

    public WsSecuritySettings {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(passwordType, "passwordType");
        Objects.requireNonNull(timestampTtl, "timestampTtl");
    }

    /** How the UsernameToken carries the password. */
    public enum PasswordType {
        /** Base64(SHA-1(nonce + created + password)): the password itself never travels. */
        DIGEST,
        /** The password as text: acceptable only inside TLS. */
        TEXT
    }

    /**
     * The hub's signing key: a PKCS#12 or JKS key store holding one private key and its certificate.
     *
     * @param keystore         the key store file
     * @param keystoreType     {@code PKCS12} or {@code JKS}
     * @param keystorePassword its password (from the environment, never logged)
     * @param keyAlias         the alias of the key
     * @param keyPassword      the key's own password; for PKCS#12 usually the key store's
     */
    public record Signature(Path keystore, String keystoreType, String keystorePassword, String keyAlias,
            String keyPassword) {

        public Signature {
            Objects.requireNonNull(keystore, "keystore");
            Objects.requireNonNull(keystoreType, "keystoreType");
            Objects.requireNonNull(keystorePassword, "keystorePassword");
            Objects.requireNonNull(keyAlias, "keyAlias");
            Objects.requireNonNull(keyPassword, "keyPassword");
        }

        @Override
        public String toString() {
            return "Signature[keystore=" + keystore + ", type=" + keystoreType + ", alias=" + keyAlias + ", passwords=****]";
        }
    }

    @Override
    public String toString() {
        return "WsSecurity[username=" + username + ", password=****, passwordType=" + passwordType + ", timestampTtl="
                + timestampTtl + ", signature=" + signature + "]";
    }
}
