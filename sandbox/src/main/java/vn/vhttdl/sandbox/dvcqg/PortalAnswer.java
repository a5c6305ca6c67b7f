package vn.vhttdl.sandbox.dvcqg;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An answer of the stand-in portal, in the portal's shape: {@code error_code} (a number for the
 * login, text for the services, as the real portal's clients see them), {@code message} in
 * Vietnamese and English, and per service {@code session}, {@code result} or {@code errors}.
 *
 * @param session   the new session (login only)
 * @param errorCode {@code 0}/{@code 1} (login, numbers) or {@code "00"}, {@code "2"}, {@code "3"}… (services)
 * @param message   what happened, "vi / en"
 * @param result    the dossiers found ({@code TraCuuHoSo} only)
 * @param errors    why the records were refused, each naming its field (invalid data only)
 */
@JsonPropertyOrder({"session", "error_code", "message", "result", "errors"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PortalAnswer(String session, @JsonProperty("error_code") Object errorCode, String message,
        List<JsonNode> result, List<RecordError> errors) {

    /** Mã lỗi of the services, as text. */
    public static final String SUCCESS = "00";
    /** Dữ liệu không hợp lệ: a record breaks the schema, or the call lacks a field. */
    public static final String INVALID_DATA = "2";
    /** Hồ sơ đã tồn tại: an add of a dossier the portal holds. */
    public static final String ALREADY_EXISTS = "3";
    /** Hồ sơ không tồn tại: an update of, or progress for, a dossier the portal does not hold. */
    public static final String NOT_FOUND = "4";
    /** Yêu cầu không hợp lệ: malformed JSON, unknown service, wrong unit code. */
    public static final String BAD_REQUEST = "-1";

    static PortalAnswer loggedIn(String session) {
        return new PortalAnswer(session, 0, null, null, null);
    }

    static PortalAnswer loginRefused() {
        return new PortalAnswer(null, 1, "Sai tên đăng nhập hoặc mật khẩu / wrong user name or password", null, null);
    }

    static PortalAnswer success(String message) {
        return new PortalAnswer(null, SUCCESS, message, null, null);
    }

    static PortalAnswer found(List<JsonNode> dossiers) {
        return new PortalAnswer(null, SUCCESS, "Thành công / done", dossiers, null);
    }

    static PortalAnswer error(String code, String message) {
        return new PortalAnswer(null, code, message, null, null);
    }

    static PortalAnswer invalid(List<RecordError> errors) {
        RecordError first = errors.get(0);
        String where = (first.index() == null ? "" : "data[" + first.index() + "].") + first.field();
        List<RecordError> shown = errors.size() > 100 ? errors.subList(0, 100) : errors;
        return new PortalAnswer(null, INVALID_DATA, "Dữ liệu không hợp lệ tại " + where + " (" + errors.size()
                + " lỗi), không hồ sơ nào được lưu / invalid data at " + where + " (" + errors.size()
                + " error(s)); nothing was stored", null, List.copyOf(shown));
    }
}
