package vn.vhttdl.hub.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A record as it goes on the wire: {@code {"sourceKey":…,"idempotencyKey":…, <mapped members>}},
 * built from the mapped record's own bytes — the same bytes its content hash is taken over — so
 * each record is serialised once. The hub's two members come first, as receivers have always
 * seen them.
 */
final class RecordJson {

    static final String SOURCE_KEY = "sourceKey";
    static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private static final byte[] OPEN_SOURCE_KEY = ("{\"" + SOURCE_KEY + "\":").getBytes(StandardCharsets.UTF_8);
    private static final byte[] IDEMPOTENCY_KEY_MEMBER = (",\"" + IDEMPOTENCY_KEY + "\":").getBytes(StandardCharsets.UTF_8);

    private RecordJson() {
    }

    /**
     * @param mapped     the mapped record, without the hub's members
     * @param mappedJson {@code mapped} as the mapper wrote it (a JSON object)
     * @return the record with {@code sourceKey} and {@code idempotencyKey} in front of the mapped members
     */
    static byte[] withHubKeys(ObjectMapper json, String sourceKey, String idempotencyKey, Map<String, Object> mapped,
            byte[] mappedJson) throws JsonProcessingException {
        if (mapped.containsKey(SOURCE_KEY) || mapped.containsKey(IDEMPOTENCY_KEY) || mappedJson.length < 2
                || mappedJson[0] != '{') {
            throw new IllegalStateException("A mapping must give a JSON object without the hub's own members " + SOURCE_KEY
                    + " and " + IDEMPOTENCY_KEY);
        }
        byte[] key = json.writeValueAsBytes(sourceKey);
        byte[] idempotency = json.writeValueAsBytes(idempotencyKey);
        ByteArrayOutputStream out = new ByteArrayOutputStream(OPEN_SOURCE_KEY.length + key.length
                + IDEMPOTENCY_KEY_MEMBER.length + idempotency.length + mappedJson.length + 1);
        out.writeBytes(OPEN_SOURCE_KEY);
        out.writeBytes(key);
        out.writeBytes(IDEMPOTENCY_KEY_MEMBER);
        out.writeBytes(idempotency);
        if (hasNoMembers(mappedJson)) {
            out.write('}');
        } else {
            // the mapped object's members and its closing brace, after the hub's members
            out.write(',');
            out.write(mappedJson, 1, mappedJson.length - 1);
        }
        return out.toByteArray();
    }

    /** Looks at the bytes, not the map: a mapper that leaves out nulls writes {} for a map of nulls. */
    private static boolean hasNoMembers(byte[] object) {
        for (int i = 1; i < object.length; i++) {
            byte b = object[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '}';
            }
        }
        return false;
    }
}
