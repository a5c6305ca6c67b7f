package vn.vhttdl.hub.connectors.target;

import java.time.Duration;
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
 */
public record RestTargetSettings(String exchangeId, String queueUri, String deadLetterUri, String url, TargetAuth auth,
        Duration timeout, RetryPolicy retry) {

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
