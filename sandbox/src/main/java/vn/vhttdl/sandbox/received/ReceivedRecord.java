package vn.vhttdl.sandbox.received;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record as the receiver stored it.
 *
 * @param sourceKey      the record key in the source system
 * @param idempotencyKey the key a receiver drops repeats by
 * @param batchId        the batch it arrived in
 * @param receivedAt     when, ISO-8601 in Asia/Ho_Chi_Minh
 * @param record         the whole record as sent
 */
public record ReceivedRecord(String sourceKey, String idempotencyKey, String batchId, String receivedAt,
        JsonNode record) {
}
