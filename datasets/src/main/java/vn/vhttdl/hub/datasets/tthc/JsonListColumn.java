package vn.vhttdl.hub.datasets.tthc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;

/**
 * Reads a column that holds a JSON array: a dossier's files, fees, result documents and
 * identifiers arrive on the dossier's own row, aggregated by the exchange's query
 * ({@code JSON_ARRAYAGG} in MariaDB, {@code json_agg} in PostgreSQL), so that one row stays one
 * record and the source is still streamed. NULL (no child rows) is an empty list.
 */
final class JsonListColumn {

    private static final ObjectMapper JSON = new ObjectMapper()
            // amounts stay exact and as the source wrote them: 150000.00 is neither 149999.99999 nor 1.5E+5
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private JsonListColumn() {
    }

    /** @return the array's elements; empty when the column is absent, NULL or unreadable (reported, never quoted) */
    static List<JsonNode> read(SourceRow source, String column, String field, RecordReport report) {
        Object raw = source.raw(column);
        if (raw == null) {
            return List.of();
        }
        try {
            JsonNode array = JSON.readTree(textOf(raw));
            if (array == null || array.isNull()) {
                return List.of();
            }
            if (!array.isArray()) {
                refuse(field, report);
                return List.of();
            }
            List<JsonNode> elements = new ArrayList<>();
            array.forEach(elements::add);
            return elements;
        } catch (JsonProcessingException notJson) {
            // the text may hold personal data (identifiers): say where, never what
            refuse(field, report);
            return List.of();
        }
    }

    private static String textOf(Object raw) {
        if (raw instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (raw instanceof Clob clob) {
            try {
                return clob.getSubString(1, Math.toIntExact(clob.length()));
            } catch (SQLException e) {
                throw new SourceValueException("cannot read a CLOB column of the source", e);
            }
        }
        return raw.toString();
    }

    private static void refuse(String field, RecordReport report) {
        report.reject(field,
                "Trường " + field + " không phải là mảng JSON hợp lệ (kiểm tra truy vấn của luồng)",
                "Field " + field + " is not a well-formed JSON array (check the exchange's query)");
    }
}
