package vn.vhttdl.hub.testing;

import static org.awaitility.Awaitility.await;

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

/** The hub's admin API as an operator's script calls it: real HTTP with Basic auth. */
public final class HubApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final String authorization;

    public HubApi(int port, String username, String password) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** @return the answer; the status is checked by the caller */
    public HttpResponse<String> call(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", authorization)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = call("GET", path);
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** Starts a run and returns its id. */
    public String startRun(String exchange, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = call("POST", "/api/exchanges/" + exchange + "/runs" + query);
        if (response.statusCode() != 202) {
            throw new IOException("Run of " + exchange + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body()).path("runId").asText();
    }

    /** Waits until the run is no longer RUNNING and returns it as the API shows it. */
    public JsonNode awaitSettled(String runId) {
        return await("run " + runId + " settles").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/api/runs/" + runId), run -> !"RUNNING".equals(run.path("status").asText()));
    }

    public JsonNode parse(String body) throws IOException {
        return json.readTree(body);
    }
}
