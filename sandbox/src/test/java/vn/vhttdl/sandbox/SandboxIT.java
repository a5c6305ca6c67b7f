package vn.vhttdl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vhttdl.sandbox.HeritageSites.PATH;
import static vn.vhttdl.sandbox.HeritageSites.batch;
import static vn.vhttdl.sandbox.HeritageSites.key;
import static vn.vhttdl.sandbox.HeritageSites.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the sandbox over real HTTP, as the hub does: token with client credentials, batches
 * with a bearer token and an Idempotency-Key, the control API to inject faults and to read what
 * arrived. One context for the class; every test starts from a cleared store and no faults.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // small enough that the refusal of an oversized batch is quick to provoke
        properties = "sandbox.max-batch-size=64KB")
class SandboxIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A hung sandbox fails the test instead of the build. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    private int port;

    private String token;

    @BeforeEach
    void startClean() throws Exception {
        assertThat(send(control("DELETE", "/sandbox/api/faults", null)).statusCode()).isEqualTo(204);
        assertThat(send(control("DELETE", "/sandbox/api/received", null)).statusCode()).isEqualTo(204);
        token = newToken();
    }

    @Test
    void issuesAJwtForClientCredentialsSentAsHttpBasic() throws Exception {
        HttpResponse<String> answer = send(tokenRequest("hub", "hub-secret"));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(body.get("access_token").asText().split("\\.")).hasSize(3);
        assertThat(stats().get("tokenRequests").asLong()).isEqualTo(2); // startClean's and this one
    }

    @Test
    void refusesAWrongClientSecret() throws Exception {
        HttpResponse<String> answer = send(tokenRequest("hub", "not-the-secret"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(answer.body()).get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void refusesABatchWithoutATokenAsAGatewayDoes() throws Exception {
        String batchId = key();

        HttpResponse<String> answer = send(delivery(null, batchId, batch(batchId, site("DT-001", key()))));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        JsonNode received = received();
        assertThat(received.get("records")).isEmpty();
        assertThat(received.get("calls").asLong()).isEqualTo(1);
        assertThat(stats().at("/receivers/" + escaped(PATH) + "/unauthorized").asLong()).isEqualTo(1);
    }

    @Test
    void acceptsAValidBatchAndShowsWhatItReceived() throws Exception {
        String batchId = key();
        String idempotencyKey = key();

        HttpResponse<String> answer = send(delivery(token, batchId, batch(batchId, site("DT-001", idempotencyKey))));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode receipt = JSON.readTree(answer.body());
        assertThat(receipt.get("error_code").asText()).isEqualTo("0");
        assertThat(receipt.get("receiptId").asText()).matches("[0-9a-f-]{36}");
        assertThat(receipt.get("batchId").asText()).isEqualTo(batchId);
        assertThat(receipt.get("accepted").asInt()).isEqualTo(1);
        assertThat(receipt.get("duplicates").asInt()).isZero();

        JsonNode received = received();
        assertThat(received.get("path").asText()).isEqualTo(PATH);
        assertThat(received.get("batches").asLong()).isEqualTo(1);
        assertThat(received.get("calls").asLong()).isEqualTo(1);
        JsonNode record = received.get("records").get(0);
        assertThat(record.get("sourceKey").asText()).isEqualTo("DT-001");
        assertThat(record.get("idempotencyKey").asText()).isEqualTo(idempotencyKey);
        assertThat(record.get("batchId").asText()).isEqualTo(batchId);
        assertThat(record.get("receivedAt").asText()).endsWith("+07:00");
        assertThat(record.get("record")).isEqualTo(JSON.readTree(site("DT-001", idempotencyKey).toString()));
        assertThat(received.get("byIdempotencyKey").get(idempotencyKey).asInt()).isEqualTo(1);
    }

    @Test
    void refusesABatchWithOneBadRecordAndStoresNoneOfIt() throws Exception {
        String batchId = key();
        ObjectNode bad = site("DT-002", key());
        bad.put("maXa", "123");

        HttpResponse<String> answer = send(delivery(token, batchId, batch(batchId, site("DT-001", key()), bad)));

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.get("error_code").asText()).isEqualTo("400");
        assertThat(body.get("message").asText()).contains(" / ");
        assertThat(body.get("errors")).hasSize(1);
        JsonNode error = body.get("errors").get(0);
        assertThat(error.get("record").asInt()).isEqualTo(1);
        assertThat(error.get("sourceKey").asText()).isEqualTo("DT-002");
        assertThat(error.get("path").asText()).isEqualTo("maXa");
        assertThat(error.get("rule").asText()).isEqualTo("pattern");
        JsonNode received = received();
        assertThat(received.get("records")).isEmpty();
        assertThat(received.get("batches").asLong()).isZero();
        assertThat(received.get("calls").asLong()).isEqualTo(1);
    }

    @Test
    void refusesABatchWhoseIdempotencyKeyIsNotItsBatchId() throws Exception {
        String batchId = key();
        HttpRequest foreignKey = HttpRequest.newBuilder(uri(PATH)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key())
                .POST(HttpRequest.BodyPublishers.ofString(batch(batchId, site("DT-001", key())).toString()))
                .build();

        HttpResponse<String> answer = send(foreignKey);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).at("/errors/0/path").asText()).isEqualTo("Idempotency-Key");
        assertThat(received().get("records")).isEmpty();
    }

    @Test
    void answersARepeatedBatchWithItsOriginalReceiptAndStoresItOnce() throws Exception {
        String batchId = key();
        String idempotencyKey = key();
        HttpRequest delivery = delivery(token, batchId, batch(batchId, site("DT-001", idempotencyKey)));

        HttpResponse<String> first = send(delivery);
        HttpResponse<String> repeat = send(delivery);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(repeat.body())).isEqualTo(JSON.readTree(first.body()));
        JsonNode received = received();
        assertThat(received.get("records")).hasSize(1);
        assertThat(received.get("batches").asLong()).isEqualTo(1);
        assertThat(received.get("calls").asLong()).isEqualTo(2);
        assertThat(received.get("byIdempotencyKey").get(idempotencyKey).asInt()).isEqualTo(1);
    }

    @Test
    void countsARecordResentInANewBatchWithTheSameKey() throws Exception {
        String idempotencyKey = key();
        String firstBatch = key();
        String secondBatch = key();
        send(delivery(token, firstBatch, batch(firstBatch, site("DT-001", idempotencyKey))));

        HttpResponse<String> resent = send(delivery(token, secondBatch, batch(secondBatch, site("DT-001", idempotencyKey))));

        assertThat(JSON.readTree(resent.body()).get("duplicates").asInt()).isEqualTo(1);
        JsonNode received = received();
        assertThat(received.get("records")).hasSize(2);
        assertThat(received.get("byIdempotencyKey").get(idempotencyKey).asInt()).isEqualTo(2);
    }

    @Test
    void failsTheNextCallsWithTheInjectedStatusAndRetryAfterThenAccepts() throws Exception {
        injectFault(Map.of("path", PATH, "status", 503, "failNext", 2, "retryAfterSeconds", 5));
        String batchId = key();
        HttpRequest delivery = delivery(token, batchId, batch(batchId, site("DT-001", key())));

        for (int call = 1; call <= 2; call++) {
            HttpResponse<String> failed = send(delivery);
            assertThat(failed.statusCode()).as("call %d", call).isEqualTo(503);
            assertThat(failed.headers().firstValue("Retry-After")).as("call %d", call).contains("5");
            assertThat(received().get("records")).as("call %d", call).isEmpty();
        }
        HttpResponse<String> third = send(delivery);

        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(received().get("records")).hasSize(1);
        assertThat(stats().at("/receivers/" + escaped(PATH) + "/failedByFault").asLong()).isEqualTo(2);
    }

    @Test
    void delaysTheAnswerByTheInjectedDelay() throws Exception {
        long delayMs = 400;
        injectFault(Map.of("path", PATH, "delayMs", delayMs));
        String batchId = key();

        long started = System.nanoTime();
        HttpResponse<String> answer = send(delivery(token, batchId, batch(batchId, site("DT-001", key()))));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(delayMs));
    }

    @Test
    void losesTheAcknowledgementButKeepsTheRecordsThenAnswersTheRetryWithTheReceipt() throws Exception {
        injectFault(Map.of("path", PATH, "dropConnectionAfterAccept", true));
        String batchId = key();
        String idempotencyKey = key();
        HttpRequest delivery = delivery(token, batchId, batch(batchId, site("DT-001", idempotencyKey)));

        assertThatThrownBy(() -> send(delivery)).isInstanceOf(IOException.class);

        JsonNode received = received();
        assertThat(received.get("records")).hasSize(1);
        assertThat(received.get("records").get(0).get("batchId").asText()).isEqualTo(batchId);
        HttpResponse<String> retry = send(delivery);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(retry.body()).get("batchId").asText()).isEqualTo(batchId);
        assertThat(received().get("byIdempotencyKey").get(idempotencyKey).asInt()).isEqualTo(1);
    }

    @Test
    void expiringIssuedTokensRefusesTheOldTokenAndAcceptsANewOne() throws Exception {
        String oldToken = token;
        HttpResponse<String> expired = send(control("POST", "/sandbox/api/faults/tokens",
                Map.of("expireIssuedTokens", true)));
        assertThat(expired.statusCode()).isEqualTo(200);
        String batchId = key();
        ObjectNode batch = batch(batchId, site("DT-001", key()));

        HttpResponse<String> withOldToken = send(delivery(oldToken, batchId, batch));
        HttpResponse<String> withNewToken = send(delivery(newToken(), batchId, batch));

        assertThat(withOldToken.statusCode()).isEqualTo(401);
        assertThat(withOldToken.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("invalid_token"));
        assertThat(withNewToken.statusCode()).isEqualTo(200);
        assertThat(received().get("records")).hasSize(1);
    }

    @Test
    void failsTheTokenEndpointOnDemand() throws Exception {
        send(control("POST", "/sandbox/api/faults/tokens",
                Map.of("tokenEndpointFailNext", 1, "status", 503, "retryAfterSeconds", 2)));

        HttpResponse<String> failed = send(tokenRequest("hub", "hub-secret"));
        HttpResponse<String> issued = send(tokenRequest("hub", "hub-secret"));

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.headers().firstValue("Retry-After")).contains("2");
        assertThat(JSON.readTree(failed.body()).get("error").asText()).isEqualTo("temporarily_unavailable");
        assertThat(issued.statusCode()).isEqualTo(200);
        assertThat(stats().get("tokenRequests").asLong()).isEqualTo(3);
    }

    @Test
    void refusesAnOversizedBatchWithoutStoringIt() throws Exception {
        String batchId = key();
        ObjectNode site = site("DT-001", key());
        site.put("moTa", "Chùa cổ. ".repeat(8_000)); // ~80 KB, above the 64 KB of this context
        HttpResponse<String> answer = send(delivery(token, batchId, batch(batchId, site)));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(answer.body()).get("error_code").asText()).isEqualTo("413");
        assertThat(received().get("records")).isEmpty();
    }

    @Test
    void refusesAFaultForAPathWithoutReceiver() throws Exception {
        HttpResponse<String> answer = send(control("POST", "/sandbox/api/faults",
                Map.of("path", "/vhttdl/1.0/khong-co", "failNext", 1)));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("/vhttdl/1.0/di-tich");
    }

    // --- the hub's side of the conversation ---

    private String newToken() throws Exception {
        HttpResponse<String> answer = send(tokenRequest("hub", "hub-secret"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("access_token").asText();
    }

    private HttpRequest tokenRequest(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri("/token")).timeout(TIMEOUT)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
    }

    private HttpRequest delivery(String bearer, String batchId, ObjectNode batch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(PATH)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", batchId)
                .POST(HttpRequest.BodyPublishers.ofString(batch.toString()));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request.build();
    }

    private void injectFault(Map<String, Object> fault) throws Exception {
        HttpResponse<String> answer = send(control("POST", "/sandbox/api/faults", fault));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private JsonNode received() throws Exception {
        HttpResponse<String> answer = send(control("GET",
                "/sandbox/api/received?path=" + URLEncoder.encode(PATH, StandardCharsets.UTF_8), null));
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private JsonNode stats() throws Exception {
        return JSON.readTree(send(control("GET", "/sandbox/api/stats", null)).body());
    }

    private HttpRequest control(String method, String path, Object body) throws Exception {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        return HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .method(method, publisher)
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A JSON pointer segment for a map key that contains slashes. */
    private static String escaped(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
