package vn.vhttdl.hub.datasets.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.vhttdl.hub.datasets.DatasetType;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.RecordValidator;
import vn.vhttdl.hub.schemas.SchemaCatalog;
import vn.vhttdl.hub.schemas.SchemaViolation;

/**
 * One source row through a dataset as the hub's pipeline takes it: read (repair, parse), Bean
 * Validation, mapping, and the target schema as the hub and the sandbox check it — with
 * {@code sourceKey} and an idempotency key added, as the hub sends records.
 *
 * @param <R> the record type
 */
public final class DatasetCheck<R> {

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RecordValidator VALIDATOR = new RecordValidator();

    private final DatasetType<R> dataset;

    public DatasetCheck(DatasetType<R> dataset) {
        this.dataset = dataset;
    }

    /** What became of one row. */
    public record Outcome<R>(R record, RecordReport report) {

        public boolean valid() {
            return !report.hasErrors();
        }

        public Set<String> refusedFields() {
            return report.errors().stream().map(FieldError::field).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Reads and validates one row. */
    public Outcome<R> read(Map<String, Object> row) {
        RecordReport report = new RecordReport();
        R record = dataset.fromRow(row, report);
        VALIDATOR.validateInto(record, report);
        return new Outcome<>(record, report);
    }

    /** @return refused fields by record key, for every row that was refused */
    public Map<String, Set<String>> refusedByKey(List<Map<String, Object>> rows) {
        Map<String, Set<String>> refused = new TreeMap<>();
        for (Map<String, Object> row : rows) {
            Outcome<R> outcome = read(row);
            if (!outcome.valid()) {
                refused.put(dataset.keyOf(outcome.record()), outcome.refusedFields());
            }
        }
        return refused;
    }

    /** @return the violations of the mapped record against the schema of {@code format} */
    public List<SchemaViolation> schemaViolations(String format, R record) {
        return schemaViolations(format, dataset.keyOf(record), dataset.toFormat(format, record));
    }

    /** Validates a payload as the hub sends it: with sourceKey and an idempotency key added. */
    public static List<SchemaViolation> schemaViolations(String format, String key, Map<String, Object> payload) {
        ObjectNode document = JSON.valueToTree(payload);
        document.put("sourceKey", key);
        document.put("idempotencyKey", "0123456789abcdef".repeat(4));
        return SCHEMAS.validate(format, document);
    }

    /** @return expected refusals from a seed's {@code INVALID} lines: key → {field} */
    public static Map<String, Set<String>> expectedRefusals(DemoSeed seed) {
        Map<String, Set<String>> expected = new TreeMap<>();
        seed.listed("INVALID").forEach((key, field) -> expected.put(key, Set.of(field)));
        return expected;
    }
}
