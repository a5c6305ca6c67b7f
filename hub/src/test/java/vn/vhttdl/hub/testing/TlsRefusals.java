package vn.vhttdl.hub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a dead letter says when a gateway refuses a client without a certificate. The server
 * refuses by alert and closes; whether the client reads the alert (a refusal: permanent, no more
 * attempts) or first fails to write the rest of its handshake flight to the closed socket (a broken
 * connection: transient, retried) depends on timing, in TLS 1.2 and 1.3 alike. Both are right,
 * attempt by attempt: a batch may meet a broken connection first and the refusal on a retry, and
 * then it stops there; or meet broken connections until its attempts run out. Nothing is delivered.
 */
public final class TlsRefusals {

    private TlsRefusals() {
    }

    /** @param attempts the connector's {@code retry.attempts} */
    public static void assertRefusedOrBrokenOff(JsonNode letter, int attempts) {
        String reason = letter.path("reason").asText();
        if (letter.path("permanent").asBoolean()) {
            // the refusal ends the retries at once, on whichever attempt it was read
            assertThat(letter.path("attempts").asInt()).as(reason).isBetween(1, attempts);
            assertThat(reason).contains("TLS handshake refused");
        } else {
            assertThat(letter.path("attempts").asInt()).as(reason).isEqualTo(attempts);
            assertThat(reason).containsAnyOf("Broken pipe", "Connection reset", "SocketException");
        }
    }
}
