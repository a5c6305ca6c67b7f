package vn.vhttdl.hub.connectors.target;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;

/**
 * The verdict of a VNPT-built LGSP, which answers business calls with HTTP 200 and says in the
 * body whether it accepted them: {@code error_code} "0" is success, anything else a refusal
 * with a {@code message}.
 *
 * <p>Classification, written down once:
 * <ul>
 *   <li>{@code error_code} "0" (text or number): delivered;</li>
 *   <li>a code in {@code retriableCodes} (the platform's "busy" / "backend unavailable" codes,
 *       configured per connector because they differ between deployments): retried like a 503;</li>
 *   <li>any other code: permanent — the platform refused this batch or this caller (unknown
 *       routing code, invalid content), and resending the same batch gets the same answer;</li>
 *   <li>a 200 whose body is not JSON or has no {@code error_code}: permanent too, since the hub
 *       cannot tell whether the platform took the batch; an operator checks and replays (the
 *       receiver drops a repeat by its idempotency key).</li>
 * </ul>
 */
public final class LgspErrorCodeCheck implements AnswerCheck {

    /** The platform's success code. */
    public static final String SUCCESS = "0";
    private static final int QUOTED = 300;

    // an answer is a small object; anything deep or huge is not one
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(100_000).build())
            .build());

    private final Set<String> retriableCodes;

    /** @param retriableCodes {@code error_code} values that mean "try again later" */
    public LgspErrorCodeCheck(Set<String> retriableCodes) {
        this.retriableCodes = Set.copyOf(retriableCodes);
    }

    @Override
    public void check(String body) {
        JsonNode answer;
        try {
            answer = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject() || !answer.hasNonNull("error_code")) {
            throw new BusinessRefusalException("(none)", "câu trả lời 200 không có error_code / a 200 answer without "
                    + "error_code: " + quote(body), false);
        }
        String code = answer.get("error_code").asText().strip();
        if (SUCCESS.equals(code)) {
            return;
        }
        String message = answer.path("message").isValueNode() ? answer.path("message").asText() : quote(body);
        throw new BusinessRefusalException(code, message.length() > QUOTED ? message.substring(0, QUOTED) + "…" : message,
                retriableCodes.contains(code));
    }

    private static String quote(String body) {
        if (body == null) {
            return "";
        }
        String text = body.strip().replaceAll("\\s+", " ");
        return text.length() > QUOTED ? text.substring(0, QUOTED) + "…" : text;
    }
}
