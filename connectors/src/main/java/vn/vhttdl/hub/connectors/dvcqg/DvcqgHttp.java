package vn.vhttdl.hub.connectors.dvcqg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.vhttdl.hub.datasets.tthc.PersonalData;

/**
 * One JSON POST to the portal's adapter and its answer as a JSON object. Maps every way the call
 * can fail to a {@link DvcqgException} that says so; a business refusal is not a failure here,
 * it is an answer for the caller to read.
 */
final class DvcqgHttp {

    private static final int EXCERPT = 300;

    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;

    DvcqgHttp(HttpClient http, ObjectMapper json, Duration timeout) {
        this.http = http;
        this.json = json;
        this.timeout = timeout;
    }

    JsonNode post(String service, URI uri, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(serialise(service, body)))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new DvcqgTransportException(service, e);
        } catch (InterruptedException e) {
            // the hub is shutting down: keep the flag for the thread's owner, and fail this call
            Thread.currentThread().interrupt();
            throw new DvcqgTransportException(service, e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new DvcqgTransportException(service, status, excerpt(response.body()));
        }
        return parse(service, status, response.body());
    }

    private byte[] serialise(String service, JsonNode body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new DvcqgProtocolException(service, "the request cannot be written as JSON", e);
        }
    }

    private JsonNode parse(String service, int status, byte[] body) {
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (IOException notJson) {
            // the parser's message quotes the body, which may hold personal data: not kept
            throw new DvcqgProtocolException(service, "HTTP " + status + " answer is not JSON (" + body.length + " bytes)",
                    null);
        }
        if (answer == null || !answer.isObject()) {
            throw new DvcqgProtocolException(service, "HTTP " + status + " answer is not a JSON object", null);
        }
        return answer;
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        String redacted = PersonalData.redact(text);
        return redacted.length() <= EXCERPT ? redacted : redacted.substring(0, EXCERPT) + "…";
    }
}
