package vn.vhttdl.sandbox.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.vhttdl.sandbox.HeritageSites.FORMAT;
import static vn.vhttdl.sandbox.HeritageSites.batch;
import static vn.vhttdl.sandbox.HeritageSites.key;
import static vn.vhttdl.sandbox.HeritageSites.site;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.vhttdl.hub.schemas.SchemaCatalog;

class BatchValidatorTest {

    private final BatchValidator validator = new BatchValidator(new SchemaCatalog());

    @Test
    void acceptsAValidBatchWhoseIdempotencyKeyIsItsBatchId() {
        String batchId = key();
        ObjectNode batch = batch(batchId, site("DT-001", key()), site("DT-002", key()));

        assertThat(validator.validate(FORMAT, batch, batchId)).isEmpty();
    }

    @Test
    void namesTheRecordItsSourceKeyAndTheFieldOfEachViolation() {
        String batchId = key();
        ObjectNode bad = site("DT-002", key());
        bad.put("maXa", "123");
        bad.remove("tenDiTich");
        ObjectNode batch = batch(batchId, site("DT-001", key()), bad);

        assertThat(validator.validate(FORMAT, batch, batchId))
                .extracting(BatchError::record, BatchError::sourceKey, BatchError::path, BatchError::rule)
                .containsExactly(
                        tuple(1, "DT-002", "maXa", "pattern"),
                        tuple(1, "DT-002", "tenDiTich", "required"));
    }

    @Test
    void refusesAMissingOrForeignIdempotencyKey() {
        String batchId = key();
        ObjectNode batch = batch(batchId, site("DT-001", key()));

        assertThat(validator.validate(FORMAT, batch, null))
                .extracting(BatchError::record, BatchError::path, BatchError::rule)
                .containsExactly(tuple(null, "Idempotency-Key", "required"));
        assertThat(validator.validate(FORMAT, batch, key()))
                .extracting(BatchError::path, BatchError::rule)
                .containsExactly(tuple("Idempotency-Key", "const"));
    }

    @Test
    void reportsEnvelopeViolationsAndAFormatTheReceiverDoesNotTake() {
        String batchId = key();
        ObjectNode batch = batch(batchId, site("DT-001", key()));
        batch.put("format", "ministry/museum-object/v1");
        batch.remove("sentAt");
        batch.withArray("records").add("not a record");

        assertThat(validator.validate(FORMAT, batch, batchId))
                .extracting(BatchError::record, BatchError::path, BatchError::rule)
                .containsExactlyInAnyOrder(
                        tuple(null, "sentAt", "required"),
                        tuple(1, "$", "type"),
                        tuple(null, "format", "const"));
    }
}
