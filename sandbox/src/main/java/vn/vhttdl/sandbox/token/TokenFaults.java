package vn.vhttdl.sandbox.token;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Faults of the token endpoint: the next N token requests fail with a status, and every token
 * answer may be slow. Thread-safe; every decision is logged on one line.
 */
@Component
public class TokenFaults {

    private static final Logger log = LoggerFactory.getLogger(TokenFaults.class);

    private int failNext;
    private int status = 503;
    private Integer retryAfterSeconds;
    private long delayMs;

    /**
     * Makes the next {@code count} token requests fail.
     *
     * @param status            HTTP status of the failed answers (4xx or 5xx)
     * @param retryAfterSeconds sent as {@code Retry-After} when not null
     */
    public synchronized void failNext(int count, int status, Integer retryAfterSeconds) {
        this.failNext = count;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        log.info("fault token-endpoint set failNext={} status={} retryAfterSeconds={}", count, status, retryAfterSeconds);
    }

    /** Delays every token answer by {@code delayMs} (0: no delay). */
    public synchronized void delay(long delayMs) {
        this.delayMs = delayMs;
        log.info("fault token-endpoint set delayMs={}", delayMs);
    }

    /** Decides the fate of one token request, counting it against {@code failNext}. */
    synchronized Decision decide() {
        Optional<Failure> failure = Optional.empty();
        if (failNext > 0) {
            failNext--;
            failure = Optional.of(new Failure(status, retryAfterSeconds));
            log.info("fault token-endpoint action=fail status={} retryAfterSeconds={} remaining={}",
                    status, retryAfterSeconds, failNext);
        }
        if (delayMs > 0) {
            log.info("fault token-endpoint action=delay delayMs={}", delayMs);
        }
        return new Decision(delayMs, failure);
    }

    /** Removes every token-endpoint fault (tokens already expired stay expired). */
    public synchronized void clear() {
        failNext = 0;
        status = 503;
        retryAfterSeconds = null;
        delayMs = 0;
        log.info("fault token-endpoint cleared");
    }

    /** @return the standing faults, for the control API */
    public synchronized State state() {
        return new State(failNext, failNext > 0 ? status : null, failNext > 0 ? retryAfterSeconds : null, delayMs);
    }

    /** What happens to one token request. */
    record Decision(long delayMs, Optional<Failure> failure) {
    }

    /** A token request answered with an error instead of a token. */
    record Failure(int status, Integer retryAfterSeconds) {
    }

    /**
     * The token endpoint's standing faults.
     *
     * @param failNext          token requests still to fail
     * @param status            their status, null when none is to fail
     * @param retryAfterSeconds their {@code Retry-After}, null when not sent
     * @param delayMs           delay of every token answer
     */
    public record State(int failNext, Integer status, Integer retryAfterSeconds, long delayMs) {
    }
}
