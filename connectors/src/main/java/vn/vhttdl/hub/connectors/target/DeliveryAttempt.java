package vn.vhttdl.hub.connectors.target;

/**
 * One batch as a target connector handled it.
 *
 * @param exchangeId  the exchange the batch belongs to
 * @param runId       the run that extracted it
 * @param batchId     its id and idempotency key
 * @param recordCount records in the batch
 * @param body        the JSON envelope as sent
 * @param attempts    calls made to the target, including the first
 */
public record DeliveryAttempt(String exchangeId, String runId, String batchId, int recordCount, byte[] body, int attempts) {
}
