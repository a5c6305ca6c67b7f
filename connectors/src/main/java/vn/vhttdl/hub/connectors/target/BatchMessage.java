package vn.vhttdl.hub.connectors.target;

/**
 * Names of the message headers a delivery queue carries beside the batch body, which is the JSON
 * envelope exactly as it is sent.
 */
public final class BatchMessage {

    /** The run that extracted the batch. */
    public static final String RUN_ID = "HubRunId";
    /** The batch id: SHA-256 hex, also sent as the {@code Idempotency-Key} header. */
    public static final String BATCH_ID = "HubBatchId";
    /** How many records the batch holds. */
    public static final String RECORD_COUNT = "HubRecordCount";
    /** On a dead letter: why delivery failed, without secrets. */
    public static final String FAILURE_REASON = "HubFailureReason";
    /** On a dead letter: true when the target refused the batch, false when retries ran out. */
    public static final String FAILURE_PERMANENT = "HubFailurePermanent";
    /** On a dead letter: calls made to the target. */
    public static final String ATTEMPTS = "HubAttempts";
    /** Artemis duplicate detection: a message with an id the address has seen is dropped. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private BatchMessage() {
    }
}
