package vn.vhttdl.sandbox.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.schemas.SchemaCatalog;
import vn.vhttdl.hub.schemas.SchemaViolation;

/**
 * Checks the records of a call as the portal does: each against the same {@code dvcqg/*} JSON
 * Schema the hub validates with, and each date for being a day that exists (the schema only
 * knows it is 14 digits). Every problem is reported at once, naming the record and the field,
 * never the value.
 */
@Component
public class PortalRecordCheck {

    private static final DateTimeFormatter PORTAL_DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private final SchemaCatalog schemas;

    public PortalRecordCheck(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    /**
     * @param format     the records' schema, e.g. {@code dvcqg/dong-bo-ho-so/v1}
     * @param dateFields the top-level date fields of the format
     * @param unique     whether MaHoSo may appear only once in the call
     * @return every problem; empty when the records may be stored
     */
    public List<RecordError> check(String format, List<JsonNode> records, Set<String> dateFields, boolean unique) {
        List<RecordError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            String code = record.path("MaHoSo").isTextual() ? record.path("MaHoSo").asText() : null;
            for (SchemaViolation violation : schemas.validate(format, record)) {
                errors.add(new RecordError(i, code, violation.path(), violation.rule(), violation.message()));
            }
            for (String field : dateFields) {
                JsonNode value = record.path(field);
                if (value.isTextual() && value.asText().matches("[0-9]{14}") && !exists(value.asText())) {
                    errors.add(new RecordError(i, code, field, "date",
                            field + " không phải ngày giờ có thật / " + field + " is not a real date-time"));
                }
            }
            if (unique && code != null && !seen.add(code)) {
                errors.add(new RecordError(i, code, "MaHoSo", "unique",
                        "MaHoSo xuất hiện hai lần trong data / MaHoSo appears twice in data"));
            }
        }
        return errors;
    }

    private static boolean exists(String date) {
        try {
            LocalDateTime.parse(date, PORTAL_DATE);
            return true;
        } catch (DateTimeException notADay) {
            return false;
        }
    }
}
