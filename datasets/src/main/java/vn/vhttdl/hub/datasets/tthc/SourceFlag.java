package vn.vhttdl.hub.datasets.tthc;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.text.VietnameseFolding;

/**
 * Reads a yes/no of a one-stop system: {@code TINYINT(1)} (a Boolean or 0/1 from the driver),
 * {@code "0"/"1"}, {@code true/false}, {@code có/không}. Absent means no, as the portal's flags
 * default to "0". Anything else is refused rather than read as no.
 */
final class SourceFlag {

    private static final Map<String, Boolean> WORDS = Map.of(
            "1", true, "0", false, "true", true, "false", false, "co", true, "khong", false, "y", true, "n", false);

    private SourceFlag() {
    }

    static boolean read(Object value, String field, RecordReport report) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        String text = value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : value.toString();
        String folded = VietnameseFolding.fold(text).toLowerCase(Locale.ROOT);
        if (folded.isEmpty()) {
            return false;
        }
        Boolean flag = WORDS.get(folded);
        if (flag == null) {
            String quoted = text.length() > 20 ? text.substring(0, 20) + "…" : text;
            report.reject(field,
                    "Giá trị '" + quoted + "' của trường " + field + " không phải có/không (0/1)",
                    "Value '" + quoted + "' of field " + field + " is not a yes/no (0/1)");
            return false;
        }
        return flag;
    }
}
