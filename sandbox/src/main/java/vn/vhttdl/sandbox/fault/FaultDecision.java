package vn.vhttdl.sandbox.fault;

/**
 * What the injected faults do to one call as it arrives.
 *
 * @param delayMs           how long to hold the answer
 * @param failStatus        status to fail the call with, null when the call goes through
 * @param retryAfterSeconds {@code Retry-After} of the failure, null when none
 */
public record FaultDecision(long delayMs, Integer failStatus, Integer retryAfterSeconds) {

    /** A call that no fault touches. */
    public static final FaultDecision NONE = new FaultDecision(0, null, null);

    /** @return whether the call is to be failed with {@link #failStatus()} */
    public boolean fails() {
        return failStatus != null;
    }
}
