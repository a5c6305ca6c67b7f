package vn.vhttdl.hub.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        boolean empty = hasNoMembers(mappedJson);
        // the mapped object's members and its closing brace follow the hub's members, after a comma
        int tail = empty ? 0 : mappedJson.length - 1;
        // one array of the exact size, filled in place: no stream buffer to grow, copy out and lock
        byte[] record = new byte[OPEN_SOURCE_KEY.length + key.length + IDEMPOTENCY_KEY_MEMBER.length + idempotency.length
                + 1 + tail];
        int at = append(record, 0, OPEN_SOURCE_KEY);
        at = append(record, at, key);
        at = append(record, at, IDEMPOTENCY_KEY_MEMBER);
        at = append(record, at, idempotency);
        if (empty) {
            record[at] = '}';
        } else {
            record[at] = ',';
            System.arraycopy(mappedJson, 1, record, at + 1, tail);
        }
        return record;
    }

    private static int append(byte[] record, int at, byte[] part) {
        System.arraycopy(part, 0, record, at, part.length);
        return at + part.length;
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
