package vn.vhttdl.sandbox.received;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What one receiver received, as the control API shows it.
 *
 * @param path             the receiver
 * @param batches          batches accepted
 * @param calls            every POST to the path, rejected ones included
 * @param records          the stored records in arrival order; a record resent in a new batch appears again
 * @param byIdempotencyKey how many times each idempotency key was received
 */
@JsonPropertyOrder({"path", "batches", "calls", "records", "byIdempotencyKey"})
public record ReceivedBatches(String path, long batches, long calls, List<ReceivedRecord> records,
        Map<String, Integer> byIdempotencyKey) {
}
