package vn.vhttdl.sandbox.received;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The acknowledgement of an accepted batch; a repeat of the batch gets the same one back.
 *
 * @param receiptId  issued by the receiver, unique per accepted batch
 * @param batchId    the batch acknowledged
 * @param accepted   records stored
 * @param duplicates of those, records whose idempotency key had been received before
 * @param receivedAt when the batch was accepted, ISO-8601 in Asia/Ho_Chi_Minh
 */
@JsonPropertyOrder({"error_code", "receiptId", "batchId", "accepted", "duplicates", "receivedAt"})
public record Receipt(String receiptId, String batchId, int accepted, int duplicates, String receivedAt) {

    /** Business success, in the platform's convention ({@code error_code} "0"). */
    @JsonProperty("error_code")
    public String errorCode() {
        return "0";
    }
}
