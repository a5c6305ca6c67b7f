package vn.vhttdl.hub.datasets.tthc;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.text.RepairResult;
import vn.vhttdl.hub.datasets.text.VietnameseTextRepair;

/**
 * Typed reads of one element of a JSON list column (a fee, a file), with the same text repair
 * and the same refusals as the top-level columns; the field is named with its index
 * ({@code fees[1].amount}).
 */
final class NestedFields {

    private final JsonNode element;
    private final String path;
    private final RecordReport report;
    private final VietnameseTextRepair textRepair;

    /**
     * @param path the element's field path, e.g. {@code fees[1]}
     */
    NestedFields(JsonNode element, String path, RecordReport report, VietnameseTextRepair textRepair) {
        this.element = element;
        this.path = path;
        this.report = report;
        this.textRepair = textRepair;
    }

    String field(String name) {
        return path + "." + name;
    }

    /** @return repaired text without surrounding white space; {@code null} when absent or blank */
    String text(String key) {
        JsonNode value = element.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        RepairResult repaired = textRepair.repair(value.asText());
        if (repaired.changed()) {
            report.repaired(field(key));
        }
        String stripped = repaired.text().strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** @return the raw value for a code: a number, text or {@code null} */
    Object code(String key) {
        JsonNode value = element.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isNumber() ? value.decimalValue() : text(key);
    }

    boolean flag(String key) {
        JsonNode value = element.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        Object raw = value.isBoolean() ? value.booleanValue() : value.isNumber() ? value.decimalValue() : value.asText();
        return SourceFlag.read(raw, field(key), report);
    }

    /** @return the value as a decimal; {@code null} when absent or not a number (reported) */
    BigDecimal decimal(String key) {
        JsonNode value = element.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            // one-stop systems write 150.000 or 150,000 for 150000 đồng; only plain digits are read
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            String quoted = text.length() > 30 ? text.substring(0, 30) + "…" : text;
            report.reject(field(key),
                    "Giá trị '" + quoted + "' của trường " + field(key) + " không phải là số",
                    "Value '" + quoted + "' of field " + field(key) + " is not a number");
            return null;
        }
    }

    /** @return whether the element is a JSON object at all (a list of something else is reported by the caller) */
    boolean isObject() {
        return element.isObject();
    }
}
