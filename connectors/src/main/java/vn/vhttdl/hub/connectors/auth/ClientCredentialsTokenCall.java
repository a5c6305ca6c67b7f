package vn.vhttdl.hub.connectors.auth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.vhttdl.hub.connectors.tls.TlsRefusal;

/**
 * One {@code grant_type=client_credentials} call to a token endpoint, through Spring Security's
 * client (which writes the form and parses the token answer), over the JDK HTTP client with the
 * connector's TLS settings. Its failures are sorted into "the endpoint is unwell" (5xx, 408, 429,
 * a broken connection: retriable) and "our credentials or our TLS identity are refused" (any other
 * 4xx, a refused handshake: permanent, a setting to fix that waiting cannot help).
 */
final class ClientCredentialsTokenCall implements Supplier<OAuth2AccessToken> {

    /** OAuth2 error codes (RFC 6749 §5.2, §4.1.2.1) that say "try again later" even on a 4xx. */
    private static final Set<String> TRANSIENT_ERRORS = Set.of("temporarily_unavailable", "server_error");
    /** Longest part of an error answer quoted in a reason. */
    private static final int QUOTED = 300;

    private static final ObjectMapper ERROR_JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(10_000).build())
            .build());

    private final ClientRegistration registration;
    private final RestClientClientCredentialsTokenResponseClient tokenClient;

    /**
     * @param sslContext     the connector's trust store and client certificate, or null for the JVM's defaults
     * @param extraHeaders   headers every token request carries besides the OAuth2 ones (e.g. {@code lgspaccesstoken})
     * @param formCustomizer adjusts the form before it is sent (e.g. drops a {@code client_id} the platform does not take)
     */
    ClientCredentialsTokenCall(ClientRegistration registration, Duration timeout, SSLContext sslContext,
            Consumer<HttpHeaders> extraHeaders, Consumer<MultiValueMap<String, String>> formCustomizer) {
        this.registration = registration;
        // HTTP/1.1: gateways differ in how they take an h2c upgrade offered on a POST, and a token call gains nothing from HTTP/2
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1);
        if (sslContext != null) {
            http.sslContext(sslContext);
        }
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http.build());
        requestFactory.setReadTimeout(timeout);
        this.tokenClient = new RestClientClientCredentialsTokenResponseClient();
        this.tokenClient.setRestClient(RestClient.builder()
                .requestFactory(requestFactory)
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new TokenErrorAnswer())
                .build());
        this.tokenClient.addHeadersConverter(request -> {
            HttpHeaders headers = new HttpHeaders();
            extraHeaders.accept(headers);
            return headers;
        });
        this.tokenClient.setParametersCustomizer(formCustomizer);
    }

    @Override
    public OAuth2AccessToken get() {
        String connector = registration.getRegistrationId();
        try {
            return tokenClient.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration)).getAccessToken();
        } catch (OAuth2AuthorizationException | RestClientException e) {
            // Spring's client wraps an I/O failure of the call, and an answer it cannot parse, as
            // an "invalid_token_response" error: look at the cause
            TlsRefusal.in(e).ifPresent(refusal -> {
                throw new TokenUnavailableException(connector, TlsRefusal.describe(refusal), false, e);
            });
            String what = e instanceof OAuth2AuthorizationException oauth2 ? "OAuth2 error " + oauth2.getError().getErrorCode()
                    : e.getClass().getSimpleName();
            throw new TokenUnavailableException(connector, what, true, e);
        }
    }

    /** Turns an error status of the token endpoint into a {@link TokenUnavailableException}, with the platform's reason. */
    private final class TokenErrorAnswer implements ResponseErrorHandler {

        @Override
        public boolean hasError(ClientHttpResponse response) throws IOException {
            return response.getStatusCode().isError();
        }

        @Override
        public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
            handleError(response);
        }

        @Override
        @SuppressWarnings("deprecation") // the single-argument form is the one every Spring 6 caller reaches
        public void handleError(ClientHttpResponse response) throws IOException {
            int status = response.getStatusCode().value();
            String body = quote(response.getBody());
            String error = errorCode(body);
            boolean retriable = status >= 500 || status == 408 || status == 429
                    || (error != null && TRANSIENT_ERRORS.contains(error));
            throw new TokenUnavailableException(registration.getRegistrationId(),
                    "HTTP " + status + (body.isEmpty() ? "" : ": " + body), retriable, null);
        }
    }

    private static String quote(InputStream body) throws IOException {
        byte[] start = body.readNBytes(QUOTED * 4);
        String text = new String(start, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        return text.length() > QUOTED ? text.substring(0, QUOTED) + "…" : text;
    }

    /** @return the RFC 6749 {@code error} of an OAuth2 error answer, or null */
    private static String errorCode(String body) {
        try {
            JsonNode answer = ERROR_JSON.readTree(body);
            return answer != null && answer.path("error").isTextual() ? answer.path("error").asText() : null;
        } catch (IOException notJson) {
            return null; // an HTML error page of a proxy, or a cut-off answer: the status decides
        }
    }
}
