package vn.vhttdl.hub.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads back what the hub itself wrote into a batch: each record's key and idempotency key. */
final class BatchEnvelope {

    private BatchEnvelope() {
    }

    /** @return idempotency key by source key, in batch order */
    static Map<String, String> recordKeys(ObjectMapper json, String batchId, byte[] body) {
        Map<String, String> keys = new LinkedHashMap<>();
        try {
            for (JsonNode record : json.readTree(body).path("records")) {
                keys.put(record.path("sourceKey").asText(), record.path("idempotencyKey").asText());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Batch " + batchId + " is not the JSON envelope the hub wrote", e);
        }
        return keys;
    }
}
