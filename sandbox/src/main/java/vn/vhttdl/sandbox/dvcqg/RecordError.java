package vn.vhttdl.sandbox.dvcqg;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One reason the stand-in portal refused a call. Never quotes a value: records hold personal data.
 *
 * @param index  the record's index in {@code data}; null for a field of the call itself ({@code isUpdating})
 * @param maHoSo the record's MaHoSo, when it has one
 * @param field  the field, relative to the record ({@code NgayHenTra}, {@code DinhDanhCHS[0].SoDinhDanh})
 *               or to the call ({@code isUpdating}, {@code data})
 * @param rule   the JSON Schema keyword broken ({@code pattern}, {@code required}, {@code enum}), or
 *               {@code date} for a date that does not exist, {@code unique} for a MaHoSo given twice
 * @param message explanation
 */
@JsonPropertyOrder({"index", "MaHoSo", "field", "rule", "message"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecordError(Integer index, @JsonProperty("MaHoSo") String maHoSo, String field, String rule, String message) {

    static RecordError ofCall(String field, String rule, String message) {
        return new RecordError(null, null, field, rule, message);
    }
}
