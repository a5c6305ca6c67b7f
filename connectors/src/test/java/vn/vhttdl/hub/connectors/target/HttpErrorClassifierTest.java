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

class HttpErrorClassifierTest {

    private final HttpErrorClassifier classifier = new HttpErrorClassifier();

    private static HttpOperationFailedException status(int code, String body) {
        return new HttpOperationFailedException("http://lgsp/x", code, "status " + code, null, Map.of(), body);
    }

    @ParameterizedTest(name = "HTTP {0} retriable: {1}")
    @CsvSource({"500,true", "502,true", "503,true", "504,true", "429,true", "408,true", "401,true",
            "400,false", "403,false", "404,false", "409,false", "422,false"})
    void classifiesHttpAnswers(int code, boolean retriable) {
        assertThat(classifier.isRetriable(status(code, ""))).isEqualTo(retriable);
    }

    @Test
    void networkFailuresAreRetriableEvenWhenWrapped() {
        assertThat(classifier.isRetriable(new ConnectException("Connection refused"))).isTrue();
        assertThat(classifier.isRetriable(new CamelExchangeException("failed", null, new SocketTimeoutException("Read timed out"))))
                .isTrue();
        assertThat(classifier.isRetriable(new IllegalArgumentException("bad body"))).isFalse();
    }

    @Test
    void describesTheAnswerInOneBoundedLine() {
        assertThat(classifier.describe(status(400, "{\"error_code\":\"400\",\"errors\":[{\"path\":\"maXa\"}]}")))
                .isEqualTo("HTTP 400: {\"error_code\":\"400\",\"errors\":[{\"path\":\"maXa\"}]}");
        assertThat(classifier.describe(status(503, "x".repeat(2000)))).hasSize("HTTP 503: ".length() + 501);
        assertThat(classifier.describe(new CamelExchangeException("failed", null, new ConnectException("Connection refused"))))
                .isEqualTo("ConnectException: Connection refused");
    }
}
