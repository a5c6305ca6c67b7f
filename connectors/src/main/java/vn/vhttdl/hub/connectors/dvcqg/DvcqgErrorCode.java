package vn.vhttdl.hub.connectors.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Reads the portal's {@code error_code}, which arrives as a number ({@code 0}) or as text
 * ({@code "00"}, {@code "0"}, {@code "-3"}) depending on the service and the deployment. The
 * outcome of a call is decided by this code only, never by looking for "thành công" in the
 * message: the wording differs between deployments and a failure message may contain the word.
 */
public final class DvcqgErrorCode {

    private static final Set<String> SUCCESS = Set.of("0", "00");
    private static final Set<String> ALREADY_EXISTS = Set.of("3", "-3");

    private DvcqgErrorCode() {
    }

    /** @return the code of {@code answer} as text without white space; {@code ""} when there is none */
    public static String of(JsonNode answer) {
        JsonNode code = answer == null ? null : answer.get("error_code");
        if (code == null || code.isNull() || code.isContainerNode()) {
            return "";
        }
        return code.isIntegralNumber() ? code.bigIntegerValue().toString() : code.asText().strip();
    }

    /** @return whether the code means the call succeeded: {@code "00"}, {@code "0"} or {@code 0} */
    public static boolean isSuccess(String code) {
        return SUCCESS.contains(code);
    }

    /** @return whether the code means "the dossier already exists" (đã tồn tại): {@code 3} or {@code -3} */
    public static boolean isAlreadyExists(String code) {
        return ALREADY_EXISTS.contains(code);
    }
}
