package vn.vhttdl.hub.run;

import java.util.List;
import vn.vhttdl.hub.datasets.FieldError;

/** What the pipeline made of one source row. */
sealed interface RecordOutcome {

    String key();

    int repairedFields();

    /**
     * A record ready to send: its target payload with its keys, as the UTF-8 JSON that goes into the
     * batch envelope, and the hash of its content.
     */
    record Valid(String key, String contentHash, String idempotencyKey, byte[] payload, int repairedFields)
            implements RecordOutcome {
    }

    /** A record that breaks a rule; quarantined with its reasons. */
    record Invalid(String key, List<FieldError> errors, int repairedFields) implements RecordOutcome {
    }
}
