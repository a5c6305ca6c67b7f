package vn.vhttdl.sandbox.fault;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The faults standing at each receiver, and the decision they make for each call. Thread-safe;
 * every decision is logged at INFO on one line (path, action, status; never a token or a record).
 */
@Component
public class ReceiverFaults {

    private static final Logger log = LoggerFactory.getLogger(ReceiverFaults.class);

    private final Clock clock;
    private final Map<String, Standing> byPath = new LinkedHashMap<>();

    public ReceiverFaults(Clock clock) {
        this.clock = clock;
    }

    /** Sets the fault of {@code fault.path()}, replacing the one set before. */
    public synchronized void set(ReceiverFault fault) {
        int status = fault.status() == null ? ReceiverFault.DEFAULT_STATUS : fault.status();
        Instant failUntil = fault.forSeconds() == null ? null : clock.instant().plusSeconds(fault.forSeconds());
        Standing standing = new Standing(status, zeroIfNull(fault.failNext()), failUntil,
                fault.delayMs() == null ? 0 : fault.delayMs(), fault.retryAfterSeconds(),
                Boolean.TRUE.equals(fault.dropConnectionAfterAccept()));
        byPath.put(fault.path(), standing);
        log.info("fault path={} set status={} failNext={} forSeconds={} delayMs={} retryAfterSeconds={} "
                        + "dropConnectionAfterAccept={}", fault.path(), status, standing.failNext, fault.forSeconds(),
                standing.delayMs, standing.retryAfterSeconds, standing.dropNextAcknowledgement);
    }

    /** Decides, as a call to {@code path} arrives, whether it is delayed and whether it fails. */
    public synchronized FaultDecision decide(String path) {
        Standing standing = byPath.get(path);
        if (standing == null) {
            return FaultDecision.NONE;
        }
        Integer failStatus = null;
        if (standing.failNext > 0) {
            standing.failNext--;
            failStatus = standing.status;
            log.info("fault path={} action=fail status={} retryAfterSeconds={} reason=failNext remaining={}",
                    path, standing.status, standing.retryAfterSeconds, standing.failNext);
        } else if (standing.failUntil != null && clock.instant().isBefore(standing.failUntil)) {
            failStatus = standing.status;
            log.info("fault path={} action=fail status={} retryAfterSeconds={} reason=forSeconds until={}",
                    path, standing.status, standing.retryAfterSeconds, standing.failUntil);
        }
        if (standing.delayMs > 0) {
            log.info("fault path={} action=delay delayMs={}", path, standing.delayMs);
        }
        return new FaultDecision(standing.delayMs, failStatus, failStatus == null ? null : standing.retryAfterSeconds);
    }

    /**
     * Called once a call to {@code path} is ready to be answered 200: says whether to lose that
     * answer, and if so uses the fault up.
     */
    public synchronized boolean takeLostAcknowledgement(String path, String batchId) {
        Standing standing = byPath.get(path);
        if (standing == null || !standing.dropNextAcknowledgement) {
            return false;
        }
        standing.dropNextAcknowledgement = false;
        log.info("fault path={} action=drop-connection-after-accept batchId={}", path, batchId);
        return true;
    }

    /** Removes every receiver fault. */
    public synchronized void clear() {
        byPath.clear();
        log.info("fault receivers cleared");
    }

    /** @return the standing faults by path, for the control API */
    public synchronized Map<String, State> state() {
        Map<String, State> state = new LinkedHashMap<>();
        Instant now = clock.instant();
        byPath.forEach((path, standing) -> state.put(path, standing.state(now, clock)));
        return state;
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }

    /**
     * One path's standing fault, as the control API shows it.
     *
     * @param status                    status of failed calls
     * @param failNext                  calls still to fail
     * @param failUntil                 every call fails until then (ISO-8601), null when no period is set
     * @param delayMs                   delay of every answer
     * @param retryAfterSeconds         {@code Retry-After} of failures, null when not sent
     * @param dropConnectionAfterAccept whether the next acknowledgement is still to be lost
     */
    public record State(int status, int failNext, String failUntil, long delayMs, Integer retryAfterSeconds,
            boolean dropConnectionAfterAccept) {
    }

    /** Mutable state of one path's fault, guarded by the enclosing instance. */
    private static final class Standing {

        private final int status;
        private int failNext;
        private final Instant failUntil;
        private final long delayMs;
        private final Integer retryAfterSeconds;
        private boolean dropNextAcknowledgement;

        Standing(int status, int failNext, Instant failUntil, long delayMs, Integer retryAfterSeconds,
                boolean dropNextAcknowledgement) {
            this.status = status;
            this.failNext = failNext;
            this.failUntil = failUntil;
            this.delayMs = delayMs;
            this.retryAfterSeconds = retryAfterSeconds;
            this.dropNextAcknowledgement = dropNextAcknowledgement;
        }

        State state(Instant now, Clock clock) {
            String until = failUntil == null || !now.isBefore(failUntil)
                    ? null
                    : OffsetDateTime.ofInstant(failUntil, clock.getZone()).toString();
            return new State(status, failNext, until, delayMs, retryAfterSeconds, dropNextAcknowledgement);
        }
    }
}
