package vn.vhttdl.hub.connectors.target;

/** Where a target connector reports what became of each batch: the hub's ledger, counts and audit. */
public interface DeliveryOutcomes {

    /** The target acknowledged the batch; {@code receipt} is its answer body. */
    void delivered(DeliveryAttempt attempt, String receipt);

    /**
     * The batch could not be delivered and goes to the dead-letter queue.
     *
     * @param permanent true when the target refused it (retrying cannot help), false when the
     *                  retries ran out
     * @param reason    a one-line reason naming the target's answer, without secrets
     */
    void deadLettered(DeliveryAttempt attempt, boolean permanent, String reason);
}
