package vn.vhttdl.hub.connectors.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * VNPT-built LGSPs (auth style B). The application identifies itself with the
 * {@code lgspaccesstoken} header ({@link LgspAccessToken}) on the token call
 * ({@code POST {token-url}}, form {@code grant_type=client_credentials}, no HTTP Basic) and on
 * every business call, which also carries {@code Authorization: Bearer <token>} and the routing
 * headers {@code SENDER_CODE} and {@code RECEIVER_CODE} (and {@code TRAN_CODE}, which is per
 * exchange: see {@link #TRAN_CODE}).
 *
 * <p>The bearer token is cached and renewed ahead of expiry, one caller at a time, exactly as for
 * OAuth2 ({@link AccessTokenCache}).
 */
public final class LgspVnptAuth implements TargetAuth {

    /** Routing header: the code of the sending agency (this department) at the platform. */
    public static final String SENDER_CODE = "SENDER_CODE";
    /** Routing header: the code of the service (transaction) called; set per exchange. */
    public static final String TRAN_CODE = "TRAN_CODE";
    /** Routing header: the code of the receiving agency at the platform. */
    public static final String RECEIVER_CODE = "RECEIVER_CODE";

    private final String connector;
    private final LgspAccessToken accessToken;
    private final String headerValue;
    private final Map<String, String> routing;
    private final AccessTokenCache token;

    /**
     * @param senderCode      {@code SENDER_CODE} of every business call
     * @param receiverCode    {@code RECEIVER_CODE} of every business call
     * @param defaultTranCode {@code TRAN_CODE} of an exchange that names none, or null: then every exchange must
     * @param sslContext      the connector's trust store and client certificate, or null for the JVM's defaults
     */
    public LgspVnptAuth(String connector, String tokenUrl, LgspAccessToken accessToken, String senderCode,
            String receiverCode, String defaultTranCode, Duration refreshAhead, Duration timeout, SSLContext sslContext,
            Clock clock) {
        this.connector = connector;
        this.accessToken = accessToken;
        this.headerValue = accessToken.headerValue();
        Map<String, String> routingHeaders = new LinkedHashMap<>();
        routingHeaders.put(SENDER_CODE, senderCode);
        routingHeaders.put(RECEIVER_CODE, receiverCode);
        if (defaultTranCode != null && !defaultTranCode.isBlank()) {
            routingHeaders.put(TRAN_CODE, defaultTranCode);
        }
        this.routing = Map.copyOf(routingHeaders);
        // the platform authenticates the lgspaccesstoken header, not an OAuth2 client: the client id
        // below only names the registration and is not sent
        ClientRegistration registration = ClientRegistration.withRegistrationId(connector)
                .clientId(accessToken.accessKey())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(tokenUrl)
                .build();
        ClientCredentialsTokenCall call = new ClientCredentialsTokenCall(registration, timeout, sslContext,
                headers -> headers.set(LgspAccessToken.HEADER, headerValue),
                form -> form.remove(OAuth2ParameterNames.CLIENT_ID));
        this.token = new AccessTokenCache(connector, refreshAhead, clock, call);
    }

    @Override
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>(routing);
        headers.put(LgspAccessToken.HEADER, headerValue);
        headers.put("Authorization", "Bearer " + token.current());
        return headers;
    }

    @Override
    public void invalidate() {
        token.invalidate();
    }

    /** @return whether calls carry a {@code TRAN_CODE} when the exchange names none */
    public boolean hasDefaultTranCode() {
        return routing.containsKey(TRAN_CODE);
    }

    @Override
    public String toString() {
        return "LgspVnptAuth[" + connector + ", " + accessToken + ", routing=" + routing + "]";
    }
}
