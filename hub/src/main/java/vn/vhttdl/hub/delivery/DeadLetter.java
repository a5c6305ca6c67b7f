package vn.vhttdl.hub.delivery;

import java.time.Instant;

/**
 * A batch in an exchange's dead-letter queue, as the API lists it.
 *
 * @param id         the broker's message id, used to replay it
 * @param exchangeId its exchange
 * @param runId      the run that extracted it
 * @param batchId    its id and Idempotency-Key
 * @param records    records in it
 * @param reason     why delivery failed (the target's answer, or the last error)
 * @param permanent  true when the target refused it, false when retries ran out
 * @param attempts   calls made to the target
 * @param deadLetteredAt when it was put there
 */
public record DeadLetter(String id, String exchangeId, String runId, String batchId, int records, String reason,
        boolean permanent, int attempts, Instant deadLetteredAt) {
}
