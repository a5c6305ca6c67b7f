package vn.vhttdl.sandbox.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code data} of a call: an array of 1 to {@code max} JSON objects, or the reason it is not. */
final class CallRecords {

    private final List<JsonNode> records;
    private final RecordError problem;

    private CallRecords(List<JsonNode> records, RecordError problem) {
        this.records = records;
        this.problem = problem;
    }

    static CallRecords of(JsonNode call, int max) {
        JsonNode data = call.get("data");
        if (data == null || !data.isArray() || data.isEmpty()) {
            return new CallRecords(List.of(), RecordError.ofCall("data", "required",
                    "data phải là mảng có ít nhất một bản ghi / data must be an array of at least one record"));
        }
        if (data.size() > max) {
            return new CallRecords(List.of(), RecordError.ofCall("data", "maxItems",
                    "Tối đa " + max + " bản ghi mỗi lần gọi / at most " + max + " records per call"));
        }
        List<JsonNode> records = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (!data.get(i).isObject()) {
                return new CallRecords(List.of(), new RecordError(i, null, "$", "type",
                        "Mỗi bản ghi phải là một đối tượng JSON / each record must be a JSON object"));
            }
            records.add(data.get(i));
        }
        return new CallRecords(records, null);
    }

    /** @return the records; empty when there is a {@link #problem()} */
    List<JsonNode> records() {
        return records;
    }

    /** @return why {@code data} cannot be read, or null */
    RecordError problem() {
        return problem;
    }
}
