package vn.vhttdl.sandbox.control;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import vn.vhttdl.sandbox.received.ReceiverCounts;

/**
 * One receiver in {@code GET /sandbox/api/stats}: its format and its counts, side by side.
 *
 * @param format the record format the receiver accepts
 * @param counts what happened there
 */
public record ReceiverStats(String format, @JsonUnwrapped ReceiverCounts counts) {
}
