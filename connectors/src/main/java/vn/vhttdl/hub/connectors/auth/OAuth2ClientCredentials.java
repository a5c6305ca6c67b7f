package vn.vhttdl.hub.connectors.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * OAuth2 client credentials, as WSO2-style LGSP gateways and the NGSP use (auth style A):
 * {@code POST {token-url}} with the client id and secret as HTTP Basic, then
 * {@code Authorization: Bearer} on every call.
 *
 * <p>The token is cached and refreshed shortly before it expires, never per request; when many
 * deliveries need a token at once, one of them refreshes and the others wait for it. The token
 * exchange itself is Spring Security's client, which parses the token response and the OAuth2
 * error answers.
 */
public final class OAuth2ClientCredentials implements TargetAuth {

    private static final Logger LOG = LoggerFactory.getLogger(OAuth2ClientCredentials.class);

    private final ClientRegistration registration;
    private final RestClientClientCredentialsTokenResponseClient tokenClient;
    private final Duration refreshAhead;
    private final Clock clock;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile CachedToken token;

    /** A token and when it stops being usable by this hub's clock. */
    private record CachedToken(String value, Instant expiresAt) {
    }

    /**
     * @param refreshAhead how long before expiry the token is renewed (the gateways' clocks drift)
     * @param timeout      connect and read timeout of the token call
     */
    public OAuth2ClientCredentials(String connector, String tokenUrl, String clientId, String clientSecret,
            Duration refreshAhead, Duration timeout, Clock clock) {
        this.registration = ClientRegistration.withRegistrationId(connector)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(tokenUrl)
                .build();
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(timeout);
        requestFactory.setReadTimeout(timeout);
        this.tokenClient = new RestClientClientCredentialsTokenResponseClient();
        this.tokenClient.setRestClient(RestClient.builder()
                .requestFactory(requestFactory)
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        this.refreshAhead = refreshAhead;
        this.clock = clock;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Authorization", "Bearer " + currentToken().value());
    }

    @Override
    public void invalidate() {
        token = null;
    }

    private CachedToken currentToken() {
        CachedToken cached = token;
        if (isFresh(cached)) {
            return cached;
        }
        refreshing.lock();
        try {
            // another caller may have refreshed while this one waited for the lock
            if (isFresh(token)) {
                return token;
            }
            Instant requestedAt = clock.instant();
            OAuth2AccessToken fresh = requestToken();
            // expiry counted on our clock from the lifetime the gateway granted, so clock skew cannot keep a stale token
            Instant expiresAt = fresh.getIssuedAt() == null || fresh.getExpiresAt() == null ? null
                    : requestedAt.plus(Duration.between(fresh.getIssuedAt(), fresh.getExpiresAt()));
            token = new CachedToken(fresh.getTokenValue(), expiresAt);
            LOG.info("Connector {}: obtained an access token valid until {}", registration.getRegistrationId(), expiresAt);
            return token;
        } finally {
            refreshing.unlock();
        }
    }

    /** The token call, its failures sorted into "the endpoint is unwell" and "our credentials are refused". */
    private OAuth2AccessToken requestToken() {
        String connector = registration.getRegistrationId();
        try {
            return tokenClient.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration)).getAccessToken();
        } catch (OAuth2AuthorizationException e) {
            String code = e.getError().getErrorCode();
            boolean refused = REFUSALS.contains(code);
            throw new TokenUnavailableException(connector, "OAuth2 error " + code, !refused, e);
        } catch (RestClientException e) {
            throw new TokenUnavailableException(connector, e.getClass().getSimpleName(), true, e);
        }
    }

    /** OAuth2 error codes that mean the gateway refuses this client, whatever the hour. */
    private static final java.util.Set<String> REFUSALS = java.util.Set.of("invalid_client", "unauthorized_client",
            "invalid_grant", "invalid_scope", "unsupported_grant_type", "invalid_request");

    private boolean isFresh(CachedToken candidate) {
        if (candidate == null) {
            return false;
        }
        return candidate.expiresAt() == null || clock.instant().plus(refreshAhead).isBefore(candidate.expiresAt());
    }

    @Override
    public String toString() {
        return "OAuth2ClientCredentials[" + registration.getRegistrationId() + ", client " + registration.getClientId() + "]";
    }
}
