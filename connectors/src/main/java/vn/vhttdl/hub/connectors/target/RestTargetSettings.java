package vn.vhttdl.hub.connectors.target;

import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import vn.vhttdl.hub.connectors.auth.TargetAuth;

/**
 * What one REST delivery route needs.
 *
 * @param exchangeId       the exchange; routes are named {@code <exchangeId>-deliver}
 * @param queueUri         the Camel endpoint of the delivery queue
 * @param deadLetterUri    where batches go when delivery fails for good
 * @param url              the target resource, e.g. {@code https://lgsp.example/vhttdl/1.0/di-tich}
 * @param auth             the connector's authentication
 * @param timeout          connect and response timeout of one call
 * @param retry            redelivery policy for transient failures
 * @param headers          headers of this exchange's calls beyond the connector's, e.g. VNPT's {@code TRAN_CODE};
 *                         they win over the connector's of the same name
 * @param answerCheck      how a 2xx answer's body is read for the platform's verdict
 * @param sslContext       the connector's trust store and client certificate, or null for the JVM's defaults
 */
public record RestTargetSettings(String exchangeId, String queueUri, String deadLetterUri, String url, TargetAuth auth,
        Duration timeout, RetryPolicy retry, Map<String, String> headers, AnswerCheck answerCheck, SSLContext sslContext) {

    public RestTargetSettings {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        answerCheck = answerCheck == null ? AnswerCheck.HTTP_STATUS_ONLY : answerCheck;
    }

    /** A target that needs no extra headers, takes a 2xx as accepted and uses the JVM's TLS defaults. */
    public RestTargetSettings(String exchangeId, String queueUri, String deadLetterUri, String url, TargetAuth auth,
            Duration timeout, RetryPolicy retry) {
        this(exchangeId, queueUri, deadLetterUri, url, auth, timeout, retry, Map.of(), AnswerCheck.HTTP_STATUS_ONLY, null);
    }

    /**
     * Exponential backoff for transient failures.
     *
     * @param attempts     calls in all, the first included
     * @param initialDelay wait before the first retry
     * @param multiplier   growth of the wait per retry
     * @param maxDelay     longest wait
     */
    public record RetryPolicy(int attempts, Duration initialDelay, double multiplier, Duration maxDelay) {
    }
}
