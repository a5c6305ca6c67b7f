package vn.vhttdl.hub.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
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

    /**
     * Kinds of connector: {@code rest} (LGSP and ministry receivers), {@code dvcqg} (the national
     * public service portal), {@code soap} (an LGSP's SOAP data-sharing service, WS-Security).
     */
    public enum Type { REST, DVCQG, SOAP }

    /**
     * Authentication styles of the provincial and national platforms; {@code dvcqg-session} is a
     * login with user name and password whose session travels in every call's body;
     * {@code lgsp-vnpt} is the {@code lgspaccesstoken} header of VNPT-built LGSPs.
     */
    public enum AuthType { NONE, BASIC, OAUTH2_CLIENT_CREDENTIALS, DVCQG_SESSION, LGSP_VNPT }

    /**
     * One connector.
     *
     * @param type    the protocol
     * @param baseUrl the gateway, e.g. {@code https://lgsp.bacninh.gov.vn}; exchange paths are appended
     * @param timeout connect and response timeout of one call
     * @param auth    how calls authenticate
     * @param retry   redelivery of transient failures
     * @param circuit when to stop calling a target that keeps failing
     * @param portal  the DVCQG adapter's unit code, paths and session rules ({@code type: dvcqg} only)
     * @param sslBundle name of a Spring Boot SSL bundle ({@code spring.ssl.bundle.*.<name>}): the trust store
     *                  (a gateway certificate signed by a private or national CA) and, for mutual TLS, the
     *                  client certificate, used by the token call and the business calls; empty: the JVM's defaults
     * @param routing   the routing codes of a VNPT-built LGSP ({@code auth.type: lgsp-vnpt})
     * @param retriableErrorCodes {@code error_code} values of a VNPT-built LGSP's HTTP 200 answers that mean
     *                  "busy, try again" (retried like a 503); every other code but "0" is a permanent refusal
     * @param wsSecurity the WS-Security header of a {@code soap} connector (its {@code auth} stays {@code none})
     */
    public record Connector(
            @NotNull @DefaultValue("REST") Type type,
            @NotBlank String baseUrl,
            @NotNull @DefaultValue("30s") Duration timeout,
            @Valid @DefaultValue Auth auth,
            @Valid @DefaultValue Retry retry,
            @Valid @DefaultValue Circuit circuit,
            @Valid @DefaultValue Portal portal,
            String sslBundle,
            @Valid @DefaultValue Routing routing,
            @DefaultValue Set<String> retriableErrorCodes,
            @Valid @DefaultValue WsSecurity wsSecurity) {
    }

    /**
     * The routing headers a VNPT-built LGSP reads on every business call.
     *
     * @param senderCode   {@code SENDER_CODE}: this department's code at the platform (e.g. {@code 000.00.24.H04})
     * @param receiverCode {@code RECEIVER_CODE}: the receiving agency's code
     * @param tranCode     {@code TRAN_CODE} of the exchanges that name none in {@code target.tran-code}; empty: each
     *                     exchange on this connector must name its own
     */
    public record Routing(String senderCode, String receiverCode, String tranCode) {
    }

    /**
     * A deployment of the national public service portal's adapter (Cổng DVCQG). The account is
     * {@code auth.username} / {@code auth.password} with {@code auth.type: dvcqg-session}.
     *
     * @param madonvi             mã đơn vị: the department's unit code on the portal, e.g. {@code 000.07.24.H05}
     * @param loginPath           the login endpoint, appended to {@code base-url}; differs per deployment
     * @param servicePath         the endpoint every service call goes to, appended to {@code base-url}
     * @param chunkSize           records per service call ({@code data[]})
     * @param sessionExpiredCodes the {@code error_code}s by which the portal says a session is no longer valid
     */
    public record Portal(
            @Pattern(regexp = "|[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}",
                    message = "mã đơn vị phải có dạng 000.07.24.H05 / must look like 000.07.24.H05") String madonvi,
            @NotBlank @Pattern(regexp = "/.*", message = "phải bắt đầu bằng / / must start with /")
            @DefaultValue("/dvcqg/login") String loginPath,
            @NotBlank @Pattern(regexp = "/.*", message = "phải bắt đầu bằng / / must start with /")
            @DefaultValue("/dvcqg/service") String servicePath,
            @Min(1) @Max(1000) @DefaultValue("10") int chunkSize,
            @NotEmpty @DefaultValue("-2") Set<String> sessionExpiredCodes) {
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
     * @param username     HTTP Basic user, or the DVCQG account
     * @param password     HTTP Basic password, or the DVCQG account's password
     * @param refreshAhead renew a token this long before it expires
     * @param accessKey    lgsp-vnpt: {@code AccessKey} the platform issued to the hub
     * @param secretKey    lgsp-vnpt: {@code SecretKey}, from the environment through a placeholder (e.g. {@code ${LGSP_VNPT_SECRET_KEY}})
     * @param appName      lgsp-vnpt: {@code AppName} the hub is registered under
     * @param partnerCode  lgsp-vnpt: {@code PartnerCode}, this department's code
     * @param partnerCodeCus lgsp-vnpt: {@code PartnerCodeCus}, the partner's code, empty when the platform uses none
     */
    public record Auth(
            @NotNull @DefaultValue("NONE") AuthType type,
            String tokenUrl,
            String clientId,
            String clientSecret,
            String username,
            String password,
            @NotNull @DefaultValue("60s") Duration refreshAhead,
            String accessKey,
            String secretKey,
            String appName,
            String partnerCode,
            String partnerCodeCus) {

        @Override
        public String toString() {
            return "Auth[type=" + type + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", accessKey=" + accessKey
                    + ", secrets=****]";
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
