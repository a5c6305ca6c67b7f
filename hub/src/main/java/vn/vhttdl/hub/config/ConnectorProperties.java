package vn.vhttdl.hub.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The external platforms the hub delivers to ({@code hub.connectors.<name>}).
 *
 * @param connectors by the name exchange definitions use in {@code target.connector}
 */
@Validated
@ConfigurationProperties("hub")
public record ConnectorProperties(@DefaultValue Map<String, @Valid Connector> connectors) {

    /** Kinds of connector. */
    public enum Type { REST, SOAP }

    /** Authentication styles of the provincial and national platforms. */
    public enum AuthType { NONE, BASIC, OAUTH2_CLIENT_CREDENTIALS }

    /**
     * One connector.
     *
     * @param type    the protocol
     * @param baseUrl the gateway, e.g. {@code https://lgsp.bacninh.gov.vn}; exchange paths are appended
     * @param timeout connect and response timeout of one call
     * @param auth    how calls authenticate
     * @param retry   redelivery of transient failures
     * @param circuit when to stop calling a target that keeps failing
     * @param wsSecurity the WS-Security header of a {@code soap} connector (its {@code auth} stays {@code none})
     */
    public record Connector(
            @NotNull @DefaultValue("REST") Type type,
            @NotBlank String baseUrl,
            @NotNull @DefaultValue("30s") Duration timeout,
            @Valid @DefaultValue Auth auth,
            @Valid @DefaultValue Retry retry,
            @Valid @DefaultValue Circuit circuit,
            @Valid @DefaultValue WsSecurity wsSecurity) {
    }

    /** How a SOAP UsernameToken carries the password. */
    public enum PasswordType { DIGEST, TEXT }

    /**
     * The WS-Security header of a SOAP connector ({@code hub.connectors.<name>.ws-security.*}):
     * UsernameToken with nonce and created, Timestamp, optional X.509 signature. Secrets from
     * the environment, e.g. {@code HUB_CONNECTORS_LGSPSOAP_WSSECURITY_PASSWORD}.
     *
     * @param username     the account at the platform (required for {@code soap})
     * @param password     its password (required for {@code soap}; never logged)
     * @param passwordType {@code digest} (the password never travels) or {@code text} (TLS only)
     * @param timestampTtl life of the Timestamp; the service refuses the message after it
     * @param signature    the X.509 key to sign with; off unless {@code signature.keystore} is set
     */
    public record WsSecurity(
            String username,
            String password,
            @NotNull @DefaultValue("DIGEST") PasswordType passwordType,
            @NotNull @DefaultValue("300s") Duration timestampTtl,
            @Valid @DefaultValue WsSignature signature) {

        @Override
        public String toString() {
            return "WsSecurity[username=" + username + ", password=****, passwordType=" + passwordType
                    + ", timestampTtl=" + timestampTtl + ", signature=" + signature + "]";
        }
    }

    /**
     * The hub's signing key for SOAP calls.
     *
     * @param keystore         PKCS#12 or JKS file; empty = no signature
     * @param keystoreType     {@code PKCS12} or {@code JKS}
     * @param keystorePassword its password (from the environment; never logged)
     * @param keyAlias         alias of the private key
     * @param keyPassword      the key's password; empty = the key store's
     */
    public record WsSignature(
            String keystore,
            @NotBlank @DefaultValue("PKCS12") String keystoreType,
            String keystorePassword,
            String keyAlias,
            String keyPassword) {

        @Override
        public String toString() {
            return "WsSignature[keystore=" + keystore + ", type=" + keystoreType + ", alias=" + keyAlias + ", passwords=****]";
        }
    }

    /**
     * The connector's circuit breaker: while open, batches wait in their queue instead of calling.
     *
     * @param failureRate  percentage of failed calls (of the last ten or more) that opens it
     * @param minimumCalls calls needed before the rate is judged
     * @param waitInOpen   how long it stays open before a few probe calls
     */
    public record Circuit(
            @DecimalMin("1.0") @DefaultValue("50") float failureRate,
            @Min(1) @DefaultValue("10") int minimumCalls,
            @NotNull @DefaultValue("30s") Duration waitInOpen) {
    }

    /**
     * Credentials of a connector. Secrets come from environment variables or files.
     *
     * @param type         the style
     * @param tokenUrl     OAuth2 token endpoint (client credentials)
     * @param clientId     OAuth2 client id
     * @param clientSecret OAuth2 client secret
     * @param username     HTTP Basic user
     * @param password     HTTP Basic password
     * @param refreshAhead renew a token this long before it expires
     */
    public record Auth(
            @NotNull @DefaultValue("NONE") AuthType type,
            String tokenUrl,
            String clientId,
            String clientSecret,
            String username,
            String password,
            @NotNull @DefaultValue("60s") Duration refreshAhead) {

        @Override
        public String toString() {
            return "Auth[type=" + type + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", secrets=****]";
        }
    }

    /**
     * Redelivery of transient failures (connection errors, timeouts, 5xx, 429).
     *
     * @param attempts     calls in all, the first included
     * @param initialDelay wait before the first retry
     * @param multiplier   growth of the wait per retry
     * @param maxDelay     longest wait between two calls
     */
    public record Retry(
            @Min(1) @Max(100) @DefaultValue("5") int attempts,
            @NotNull @DefaultValue("1s") Duration initialDelay,
            @DecimalMin("1.0") @DefaultValue("2.0") double multiplier,
            @NotNull @DefaultValue("60s") Duration maxDelay) {
    }
}
