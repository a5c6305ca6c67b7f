package vn.vhttdl.sandbox.received;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of a batch that passed validation, about to be stored.
 *
 * @param sourceKey      the record key in the source system
 * @param idempotencyKey the key a receiver drops repeats by
 * @param record         the whole record as sent
 */
public record IncomingRecord(String sourceKey, String idempotencyKey, JsonNode record) {
}
