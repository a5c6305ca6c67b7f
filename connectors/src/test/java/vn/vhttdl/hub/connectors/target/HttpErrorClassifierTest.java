package vn.vhttdl.hub.connectors.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;
import org.apache.camel.CamelExchangeException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.vhttdl.hub.connectors.auth.TokenUnavailableException;

class HttpErrorClassifierTest {

    private final HttpErrorClassifier classifier = new HttpErrorClassifier();

    private static HttpOperationFailedException status(int code, String body) {
        return new HttpOperationFailedException("http://lgsp/x", code, "status " + code, null, Map.of(), body);
    }

    @ParameterizedTest(name = "HTTP {0} retriable: {1}")
    @CsvSource({"500,true", "502,true", "503,true", "504,true", "429,true", "408,true",
            "400,false", "403,false", "404,false", "409,false", "422,false"})
    void classifiesHttpAnswers(int code, boolean retriable) {
        assertThat(classifier.isRetriable(status(code, ""), 0)).isEqualTo(retriable);
    }

    @Test
    void a401IsRetriedOnceAfterTheTokenIsRefreshedThenItIsPermanent() {
        assertThat(classifier.isUnauthorized(status(401, ""))).isTrue();
        assertThat(classifier.isRetriable(status(401, ""), 1)).isTrue();
        assertThat(classifier.isRetriable(status(401, ""), 2)).isFalse();
    }

    @Test
    void aTokenEndpointThatIsDownIsTransientOneThatRefusesUsIsNot() {
        assertThat(classifier.isRetriable(new TokenUnavailableException("lgsp", "HTTP 503", true, null), 0)).isTrue();
        assertThat(classifier.isRetriable(new TokenUnavailableException("lgsp", "invalid_client", false, null), 0)).isFalse();
    }

    @Test
    void readsRetryAfterInSecondsOrAsAnHttpDate() {
        HttpErrorClassifier fixed = new HttpErrorClassifier(java.time.Clock.fixed(
                java.time.Instant.parse("2026-11-25T10:00:00Z"), java.time.ZoneOffset.UTC));
        assertThat(fixed.retryAfter(withRetryAfter(429, "7"))).contains(java.time.Duration.ofSeconds(7));
        assertThat(fixed.retryAfter(withRetryAfter(503, "Wed, 25 Nov 2026 10:01:30 GMT")))
                .contains(java.time.Duration.ofSeconds(90));
        assertThat(fixed.retryAfter(withRetryAfter(503, "soon"))).isEmpty();
        assertThat(fixed.retryAfter(withRetryAfter(400, "7"))).isEmpty();
        assertThat(fixed.retryAfter(status(429, ""))).isEmpty();
    }

    private static HttpOperationFailedException withRetryAfter(int code, String value) {
        return new HttpOperationFailedException("http://lgsp/x", code, "status " + code, null, Map.of("Retry-After", value), "");
    }

    @Test
    void networkFailuresAreRetriableEvenWhenWrapped() {
        assertThat(classifier.isRetriable(new ConnectException("Connection refused"), 0)).isTrue();
        assertThat(classifier.isRetriable(new CamelExchangeException("failed", null, new SocketTimeoutException("Read timed out")), 0))
                .isTrue();
        assertThat(classifier.isRetriable(new IllegalArgumentException("bad body"), 0)).isFalse();
    }

    @Test
    void describesTheAnswerInOneBoundedLine() {
        assertThat(classifier.describe(status(400, "{\"error_code\":\"400\",\"errors\":[{\"path\":\"maXa\"}]}")))
                .isEqualTo("HTTP 400: {\"error_code\":\"400\",\"errors\":[{\"path\":\"maXa\"}]}");
        assertThat(classifier.describe(status(503, "x".repeat(2000)))).hasSize("HTTP 503: ".length() + 501);
        assertThat(classifier.describe(new CamelExchangeException("failed", null, new ConnectException("Connection refused"))))
                .isEqualTo("ConnectException: Connection refused");
    }

    @Test
    void aRefusedTlsHandshakeIsPermanentAndSaysWhatToCheck() {
        Throwable noClientCertificate = new javax.net.ssl.SSLHandshakeException("Received fatal alert: certificate_required");
        assertThat(classifier.isRetriable(new CamelExchangeException("call failed", null, noClientCertificate), 0)).isFalse();
        assertThat(classifier.describe(noClientCertificate)).contains("TLS").contains("certificate_required").contains(" / ");
        // TLS 1.3: the server's verdict on the client certificate comes as an alert after the handshake
        assertThat(classifier.isRetriable(new javax.net.ssl.SSLException("Received fatal alert: bad_certificate"), 0)).isFalse();
    }

    @Test
    void aConnectionThatBreaksWhileEncryptedIsStillTransient() {
        javax.net.ssl.SSLException reset = new javax.net.ssl.SSLException("Connection reset",
                new java.net.SocketException("Connection reset"));
        assertThat(classifier.isRetriable(reset, 0)).isTrue();
    }
}
