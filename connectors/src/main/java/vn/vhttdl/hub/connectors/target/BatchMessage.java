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
    /** Artemis duplicate detection: a message with an id the address has seen is dropped. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private BatchMessage() {
    }
}
