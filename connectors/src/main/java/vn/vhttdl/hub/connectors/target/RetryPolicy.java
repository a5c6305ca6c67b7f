package vn.vhttdl.hub.connectors.target;

import java.time.Duration;

/**
 * Exponential backoff for the transient failures of one batch, the same for every target kind.
 *
 * @param attempts     calls in all, the first included
 * @param initialDelay wait before the first retry
 * @param multiplier   growth of the wait per retry
 * @param maxDelay     longest wait
 */
public record RetryPolicy(int attempts, Duration initialDelay, double multiplier, Duration maxDelay) {
}
