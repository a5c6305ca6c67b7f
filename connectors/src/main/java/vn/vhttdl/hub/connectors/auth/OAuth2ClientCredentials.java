package vn.vhttdl.hub.connectors.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * OAuth2 client credentials, as WSO2-style LGSP gateways and the NGSP use (auth style A):
 * {@code POST {token-url}} with the client id and secret as HTTP Basic, then
 * {@code Authorization: Bearer} on every call.
 *
 * <p>The token is cached and refreshed shortly before it expires, never per request; when many
 * deliveries need a token at once, one of them refreshes and the others wait for it
 * ({@link AccessTokenCache}). The token exchange itself is Spring Security's client, which parses
 * the token response and the OAuth2 error answers ({@link ClientCredentialsTokenCall}).
 */
public final class OAuth2ClientCredentials implements TargetAuth {

    private final ClientRegistration registration;
    private final AccessTokenCache token;

    /**
     * @param refreshAhead how long before expiry the token is renewed (the gateways' clocks drift)
     * @param timeout      connect and read timeout of the token call
     */
    public OAuth2ClientCredentials(String connector, String tokenUrl, String clientId, String clientSecret,
            Duration refreshAhead, Duration timeout, Clock clock) {
        this(connector, tokenUrl, clientId, clientSecret, refreshAhead, timeout, null, clock);
    }

    /**
     * @param sslContext the connector's trust store and client certificate for the token call, or
     *                   null for the JVM's defaults
     */
    public OAuth2ClientCredentials(String connector, String tokenUrl, String clientId, String clientSecret,
            Duration refreshAhead, Duration timeout, SSLContext sslContext, Clock clock) {
        this.registration = ClientRegistration.withRegistrationId(connector)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(tokenUrl)
                .build();
        ClientCredentialsTokenCall call = new ClientCredentialsTokenCall(registration, timeout, sslContext,
                headers -> { }, form -> { });
        this.token = new AccessTokenCache(connector, refreshAhead, clock, call);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Authorization", "Bearer " + token.current());
    }

    @Override
    public void invalidate() {
        token.invalidate();
    }

    @Override
    public String toString() {
        return "OAuth2ClientCredentials[" + registration.getRegistrationId() + ", client " + registration.getClientId() + "]";
    }
}
