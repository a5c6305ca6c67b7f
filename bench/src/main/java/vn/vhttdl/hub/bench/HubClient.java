package vn.vhttdl.hub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The hub's admin API as the driver uses it: health, the exchange, start a run, read a run.
 *
 * <p>The API is stateless HTTP Basic and the hub keeps passwords as BCrypt (it re-encodes even a
 * {@code {noop}} one at the first login), so every call costs the hub one BCrypt check: the
 * driver calls it as seldom as it can.
 */
public final class HubClient {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String authorization;

    public HubClient(int port, String user, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** @return whether {@code /actuator/health} answers 200 (UP) */
    public boolean healthy() {
        try {
            return get("/actuator/health").statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** @return the exchange as {@code GET /api/exchanges} lists it, or null when absent */
    public JsonNode exchange(String id) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/exchanges");
        expect(response, 200, "list the exchanges");
        JsonNode all = json.readTree(response.body());
        JsonNode list = all.isArray() ? all : all.path("exchanges");
        for (JsonNode exchange : list) {
            if (id.equals(exchange.path("id").asText())) {
                return exchange;
            }
        }
        return null;
    }

    /**
     * {@code POST /api/exchanges/{id}/runs}.
     *
     * @return the run id
     */
    public String startRun(String exchange, boolean full) throws IOException, InterruptedException {
        HttpRequest request = request("/api/exchanges/" + exchange + "/runs" + (full ? "?full=true" : ""))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        expect(response, 202, "start a run of " + exchange);
        return json.readTree(response.body()).path("runId").asText();
    }

    /**
     * {@code POST /api/exchanges/{id}/runs}, where 409 (the exchange's previous run is still
     * finishing its extraction) is an answer rather than an error.
     *
     * @return the run id, or null when the exchange is still busy
     */
    public String startRunIfIdle(String exchange) throws IOException, InterruptedException {
        HttpRequest request = request("/api/exchanges/" + exchange + "/runs").POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 409) {
            return null;
        }
        expect(response, 202, "start a run of " + exchange);
        return json.readTree(response.body()).path("runId").asText();
    }

    /** {@code GET /api/runs/{runId}}: status, counts and times. */
    public JsonNode run(String runId) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/runs/" + runId);
        expect(response, 200, "read run " + runId);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private static void expect(HttpResponse<String> response, int status, String what) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException("the hub refused to " + what + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }
}
