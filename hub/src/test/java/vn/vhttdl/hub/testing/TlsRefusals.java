package vn.vhttdl.hub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a dead letter says when a gateway refuses a client without a certificate. The server
 * refuses by alert and closes; whether the client reads the alert (a refusal: permanent, one
 * attempt) or first fails to write the rest of its handshake flight to the closed socket (a broken
 * connection: transient, retried until the attempts run out) depends on timing, in TLS 1.2 and 1.3
 * alike. Both are right; neither may deliver anything.
 */
public final class TlsRefusals {

    private TlsRefusals() {
    }

    /** @param attempts the connector's {@code retry.attempts} */
    public static void assertRefusedOrBrokenOff(JsonNode letter, int attempts) {
        String reason = letter.path("reason").asText();
        if (letter.path("permanent").asBoolean()) {
            assertThat(letter.path("attempts").asInt()).as(reason).isEqualTo(1);
            assertThat(reason).contains("TLS handshake refused");
        } else {
            assertThat(letter.path("attempts").asInt()).as(reason).isEqualTo(attempts);
            assertThat(reason).containsAnyOf("Broken pipe", "Connection reset", "SocketException");
        }
    }
}
