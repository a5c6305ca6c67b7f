package vn.vhttdl.sandbox.received;

/**
 * What happened at one receiver since start or the last clear.
 *
 * @param calls          every POST to the path, whatever the answer (401, 400, 413, injected faults, repeats)
 * @param batches        batches accepted and stored
 * @param repeats        calls that repeated an accepted batch (answered with its original receipt)
 * @param rejected       calls refused for their content (400, 413, 415)
 * @param failedByFault  calls answered with an injected failure status
 * @param unauthorized   calls refused for a missing, invalid or expired token (401)
 * @param records        records stored
 */
public record ReceiverCounts(long calls, long batches, long repeats, long rejected, long failedByFault,
        long unauthorized, long records) {
}
