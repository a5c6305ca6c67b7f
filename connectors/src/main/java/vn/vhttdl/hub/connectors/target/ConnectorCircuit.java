package vn.vhttdl.hub.connectors.target;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The circuit breaker of one connector (resilience4j), shared by every exchange that delivers
 * through it. When most recent calls failed transiently, the circuit opens: no call reaches the
 * target for {@code waitInOpen}, batches go back to their queue on disk, and then a few probe
 * calls decide whether to close it again. Permanent refusals (a 400 for one bad batch) say
 * nothing about the target's health and are not counted.
 */
public final class ConnectorCircuit {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorCircuit.class);

    private final CircuitBreaker breaker;

    /**
     * @param failureRatePercent failure rate that opens the circuit
     * @param minimumCalls       calls needed before the rate is judged
     * @param waitInOpen         how long the circuit stays open before probing
     */
    public ConnectorCircuit(String connector, float failureRatePercent, int minimumCalls, Duration waitInOpen) {
        this.breaker = CircuitBreaker.of(connector, CircuitBreakerConfig.custom()
                .failureRateThreshold(failureRatePercent)
                .minimumNumberOfCalls(minimumCalls)
                .slidingWindowSize(Math.max(minimumCalls, 10))
                .waitDurationInOpenState(waitInOpen)
                .permittedNumberOfCallsInHalfOpenState(2)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .build());
        breaker.getEventPublisher().onStateTransition(event ->
                LOG.warn("Connector {}: circuit {}", connector, event.getStateTransition()));
    }

    /** @throws CircuitOpenException when the circuit does not let a call through now */
    public void acquire() {
        try {
            breaker.acquirePermission();
        } catch (CallNotPermittedException e) {
            throw new CircuitOpenException(breaker.getName(), e);
        }
    }

    /** Records a call the target answered successfully. */
    public void succeeded(long durationNanos) {
        breaker.onSuccess(durationNanos, TimeUnit.NANOSECONDS);
    }

    /** Records a call that failed for a reason that says the target is unwell. */
    public void failed(long durationNanos, Throwable cause) {
        breaker.onError(durationNanos, TimeUnit.NANOSECONDS, cause);
    }

    /** Frees the permission of a call whose outcome says nothing about the target. */
    public void ignored() {
        breaker.releasePermission();
    }

    public String state() {
        return breaker.getState().name();
    }
}
