package vn.vhttdl.sandbox.receiver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vhttdl.hub.schemas.SchemaCatalog;
import vn.vhttdl.hub.schemas.SchemaViolation;

/**
 * Checks a batch as the ministry's receiver does: the envelope against {@code lgsp/batch/v1},
 * each record against the receiver's own format, and the {@code Idempotency-Key} header against
 * the envelope's {@code batchId}. Reports every problem at once, each with the record index and
 * {@code sourceKey}, so the sender can fix them all in one go.
 */
public class BatchValidator {

    /** Format of the envelope every receiver accepts. */
    public static final String BATCH_FORMAT = "lgsp/batch/v1";

    /** Header that must carry the batch id. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** An envelope violation inside one record: {@code records[3]} or {@code records[3].x}. */
    private static final Pattern IN_RECORD = Pattern.compile("^records\\[(\\d+)](?:\\.(.+))?$");

    private final SchemaCatalog catalog;

    public BatchValidator(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param receiverFormat format the receiver accepts, e.g. {@code ministry/heritage-site/v1}
     * @param batch          the parsed body
     * @param idempotencyKey the {@code Idempotency-Key} header, null when absent
     * @return every problem found; empty when the batch may be stored
     */
    public List<BatchError> validate(String receiverFormat, JsonNode batch, String idempotencyKey) {
        List<BatchError> errors = new ArrayList<>();
        checkIdempotencyKey(batch, idempotencyKey, errors);
        JsonNode records = batch.path("records");
        for (SchemaViolation violation : catalog.validate(BATCH_FORMAT, batch)) {
            errors.add(envelopeError(violation, records));
        }
        JsonNode format = batch.path("format");
        if (format.isTextual() && !format.asText().equals(receiverFormat)) {
            errors.add(BatchError.ofBatch("format", "const", "Receiver này chỉ nhận " + receiverFormat
                    + " / this receiver accepts " + receiverFormat + " only, not " + format.asText()));
        }
        if (records.isArray()) {
            for (int i = 0; i < records.size(); i++) {
                JsonNode record = records.get(i);
                if (!record.isObject()) {
                    continue; // already reported by the envelope schema (items: object)
                }
                for (SchemaViolation violation : catalog.validate(receiverFormat, record)) {
                    errors.add(new BatchError(i, sourceKeyOf(record), violation.path(), violation.rule(),
                            violation.message()));
                }
            }
        }
        return errors;
    }

    private static void checkIdempotencyKey(JsonNode batch, String idempotencyKey, List<BatchError> errors) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            errors.add(BatchError.ofBatch(IDEMPOTENCY_KEY, "required",
                    "Thiếu tiêu đề Idempotency-Key / the Idempotency-Key header is missing"));
            return;
        }
        JsonNode batchId = batch.path("batchId");
        if (batchId.isTextual() && !batchId.asText().equals(idempotencyKey)) {
            errors.add(BatchError.ofBatch(IDEMPOTENCY_KEY, "const",
                    "Idempotency-Key phải bằng batchId / the Idempotency-Key header must equal batchId"));
        }
    }

    private static BatchError envelopeError(SchemaViolation violation, JsonNode records) {
        Matcher inRecord = IN_RECORD.matcher(violation.path());
        if (!inRecord.matches()) {
            return BatchError.ofBatch(violation.path(), violation.rule(), violation.message());
        }
        int index = Integer.parseInt(inRecord.group(1));
        String path = inRecord.group(2) == null ? "$" : inRecord.group(2);
        return new BatchError(index, sourceKeyOf(records.path(index)), path, violation.rule(), violation.message());
    }

    private static String sourceKeyOf(JsonNode record) {
        JsonNode sourceKey = record.path("sourceKey");
        return sourceKey.isTextual() ? sourceKey.asText() : null;
    }
}
