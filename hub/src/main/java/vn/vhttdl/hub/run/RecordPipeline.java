package vn.vhttdl.hub.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import vn.vhttdl.hub.datasets.DatasetType;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.RecordValidator;
import vn.vhttdl.hub.delivery.IdempotencyKeys;
import vn.vhttdl.hub.exchange.ExchangeDefinition;
import vn.vhttdl.hub.schemas.SchemaCatalog;
import vn.vhttdl.hub.schemas.SchemaViolation;

/**
 * One source row through the flow of DESIGN §4: canonical record (text repaired, codes parsed),
 * Bean Validation, target mapping, schema check, content hash and idempotency key.
 *
 * @param <R> the dataset's record type
 */
final class RecordPipeline<R> {

    private final ExchangeDefinition exchange;
    private final DatasetType<R> dataset;
    private final RecordValidator validator;
    private final SchemaCatalog schemas;
    private final ObjectMapper json;

    RecordPipeline(ExchangeDefinition exchange, DatasetType<R> dataset, RecordValidator validator, SchemaCatalog schemas,
            ObjectMapper json) {
        this.exchange = exchange;
        this.dataset = dataset;
        this.validator = validator;
        this.schemas = schemas;
        this.json = json;
    }

    RecordOutcome process(Map<String, Object> row) {
        RecordReport report = new RecordReport();
        R record = dataset.fromRow(row, report);
        String key = keyOf(record, row);
        if (record != null) {
            // every broken field at once, so an administrator fixes the row in one pass
            validator.validateInto(record, report);
        }
        if (report.hasErrors()) {
            return new RecordOutcome.Invalid(key, report.errors(), report.repairedFields());
        }
        Map<String, Object> mapped = dataset.toFormat(exchange.target().format(), record);
        // serialised once: the hash is taken over these bytes and the record on the wire is built from them
        byte[] content = serialise(mapped);
        String contentHash = IdempotencyKeys.contentHash(content);
        String idempotencyKey = IdempotencyKeys.recordKey(exchange.id(), key, contentHash);
        byte[] payload = withHubKeys(key, idempotencyKey, mapped, content);
        List<SchemaViolation> violations = schemas.validate(exchange.target().format(), tree(key, idempotencyKey, mapped));
        if (!violations.isEmpty()) {
            return new RecordOutcome.Invalid(key, violations.stream().map(RecordPipeline::asFieldError).toList(),
                    report.repairedFields());
        }
        return new RecordOutcome.Valid(key, contentHash, idempotencyKey, payload, report.repairedFields());
    }

    private String keyOf(R record, Map<String, Object> row) {
        String key = record == null ? null : dataset.keyOf(record);
        if (key == null || key.isBlank()) {
            Object raw = row.get(exchange.source().key());
            key = raw == null ? null : raw.toString();
        }
        return key;
    }

    private byte[] serialise(Map<String, Object> mapped) {
        try {
            return json.writeValueAsBytes(mapped);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Mapping of " + dataset.id() + " produced a value JSON cannot hold", e);
        }
    }

    private byte[] withHubKeys(String key, String idempotencyKey, Map<String, Object> mapped, byte[] content) {
        try {
            return RecordJson.withHubKeys(json, key, idempotencyKey, mapped, content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the record key of " + dataset.id() + " as JSON", e);
        }
    }

    /**
     * The record as the schema validator reads it. Built from the map rather than parsed back from
     * the bytes: the same values (a decimal's trailing zeros aside), at ~70% of the CPU of a parse
     * (bench/README.md, "JSON once per record").
     */
    private ObjectNode tree(String key, String idempotencyKey, Map<String, Object> mapped) {
        ObjectNode tree = json.valueToTree(mapped);
        tree.put(RecordJson.SOURCE_KEY, key);
        tree.put(RecordJson.IDEMPOTENCY_KEY, idempotencyKey);
        return tree;
    }

    private static FieldError asFieldError(SchemaViolation violation) {
        return new FieldError(violation.path(), "Không đúng lược đồ đích (" + violation.rule() + ")",
                "Breaks the target schema: " + violation.message());
    }
}
