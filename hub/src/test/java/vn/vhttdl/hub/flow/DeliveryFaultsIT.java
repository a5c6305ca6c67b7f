package vn.vhttdl.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vhttdl.hub.HubApplication;
import vn.vhttdl.hub.testing.HubProcess;
import vn.vhttdl.hub.testing.HubTestEnvironment;
import vn.vhttdl.hub.testing.HubWithSandbox;
import vn.vhttdl.hub.testing.PostgresDatabases;
import vn.vhttdl.hub.testing.Reconciliation;
import vn.vhttdl.hub.testing.SandboxProcess;

/**
 * The fault-injection suite: 10,000 source records (1% poison) delivered while the sandbox LGSP
 * misbehaves. Every test ends with the same reconciliation: every source key is delivered,
 * quarantined or dead-lettered; none is missing; none was delivered under two idempotency keys.
 */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryFaultsIT extends HubWithSandbox {

    static final String EXCHANGE = HubProcess.EXCHANGE;
    static final String SLOW_SOURCE_EXCHANGE = HubProcess.SLOW_SOURCE_EXCHANGE;
    static final String RECEIVER = "/vhttdl/1.0/di-tich";
    static final String SOURCE_DB = "hub_faults_source";
    static final int RECORDS = 10_000;
    static final int POISON = 100;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) throws Exception {
        String storeUrl = PostgresDatabases.recreate("hub_faults_store");
        HubProcess.tenThousandRows(SOURCE_DB);
        String sourceUrl = PostgresDatabases.url(SOURCE_DB);
        sandbox = SandboxProcess.start();
        Path routes = HubProcess.writeRoutes(Files.createTempDirectory("fault-routes"));

        HubTestEnvironment.register(registry, storeUrl, sourceUrl, routes, sandbox);
        registry.add("hub.broker.redelivery-delay", () -> "300ms");
        registry.add("hub.broker.max-redelivery-delay", () -> "2s");
        // a few batches fill the delivery queue's memory: every fault meets batches paged to disk
        registry.add("hub.broker.queue-memory", () -> "1MB");
        registry.add("hub.datasources.heritage.fetch-size", () -> "100");
        registry.add("hub.connectors.lgsp.timeout", () -> "2s");
        registry.add("hub.connectors.lgsp.retry.attempts", () -> "8");
        registry.add("hub.connectors.lgsp.retry.initial-delay", () -> "200ms");
        registry.add("hub.connectors.lgsp.retry.max-delay", () -> "1s");
        registry.add("hub.connectors.lgsp.circuit.minimum-calls", () -> "6");
        registry.add("hub.connectors.lgsp.circuit.wait-in-open", () -> "1s");
    }

    @BeforeEach
    void nothingSentYet() throws Exception {
        HubTestEnvironment.forgetDeliveries(hubStore);
        clearSandboxReceiversAndFaults();
    }

    @Test
    void aReceiverDownForAWhileGetsEverythingOnceItRecovers() throws Exception {
        fault("{\"path\":\"" + RECEIVER + "\",\"status\":503,\"forSeconds\":3}");

        JsonNode run = api.awaitSettled(api.startRun(EXCHANGE, ""));

        assertThat(run.path("counts").path("deadLettered").asLong()).isZero();
        assertThat(stats().path("failedByFault").asInt()).isPositive();
        reconcile(List.of(run), 0);
    }

    @Test
    void retryAfterIsHonouredWithNoCallInsideTheWindow() throws Exception {
        fault("{\"path\":\"" + RECEIVER + "\",\"status\":429,\"failNext\":1,\"retryAfterSeconds\":2}");

        String runId = api.startRun(EXCHANGE, "");
        await().atMost(Duration.ofSeconds(30)).until(() -> stats().path("calls").asInt() >= 1);
        // the hub was asked to wait 2 s: no second call may arrive in the next 1.5 s
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofMillis(1900))
                .until(() -> stats().path("calls").asInt() == 1);
        JsonNode run = api.awaitSettled(runId);

        assertThat(stats().path("failedByFault").asInt()).isEqualTo(1);
        reconcile(List.of(run), 0);
    }

    @Test
    void answersSlowerThanTheTimeoutAreRetriedUnderTheSameKeys() throws Exception {
        fault("{\"path\":\"" + RECEIVER + "\",\"delayMs\":2500}");
        String runId = api.startRun(EXCHANGE, "");
        await().atMost(Duration.ofSeconds(30)).until(() -> stats().path("calls").asInt() >= 2);
        sandbox.delete("/sandbox/api/faults");

        JsonNode run = api.awaitSettled(runId);

        assertThat(stats().path("repeats").asInt()).as("batches the sandbox had stored before the hub gave up waiting")
                .isPositive();
        reconcile(List.of(run), 0);
    }

    @Test
    void aTokenEndpointThatIsDownDelaysDeliveryButLosesNothing() throws Exception {
        sandbox.post("/sandbox/api/faults/tokens", "{\"expireIssuedTokens\":true,\"tokenEndpointFailNext\":3,\"status\":503}");

        JsonNode run = api.awaitSettled(api.startRun(EXCHANGE, ""));

        assertThat(run.path("counts").path("deadLettered").asLong()).isZero();
        reconcile(List.of(run), 0);
    }

    @Test
    void aTokenThatExpiresMidRunIsRefreshedOnceWithoutA401Storm() throws Exception {
        String runId = api.startRun(EXCHANGE, "");
        await().atMost(Duration.ofSeconds(60)).until(() -> stats().path("batches").asInt() >= 5);
        sandbox.post("/sandbox/api/faults/tokens", "{\"expireIssuedTokens\":true}");

        JsonNode run = api.awaitSettled(runId);

        JsonNode stats = api.parse(sandbox.get("/sandbox/api/stats"));
        assertThat(stats.path("receivers").path(RECEIVER).path("unauthorized").asInt()).isEqualTo(1);
        assertThat(stats.path("tokenRequests").asInt()).isLessThanOrEqualTo(2);
        reconcile(List.of(run), 0);
    }

    @Test
    void aLostAcknowledgementIsRetriedWithTheSameIdempotencyKey() throws Exception {
        fault("{\"path\":\"" + RECEIVER + "\",\"dropConnectionAfterAccept\":true}");

        JsonNode run = api.awaitSettled(api.startRun(EXCHANGE, ""));

        assertThat(stats().path("repeats").asInt()).isEqualTo(1);
        reconcile(List.of(run), 0);
    }

    @Test
    void aRefusedBatchIsDeadLetteredAtOnceAndAReplayDeliversIt() throws Exception {
        fault("{\"path\":\"" + RECEIVER + "\",\"status\":422,\"failNext\":1}");

        JsonNode run = api.awaitSettled(api.startRun(EXCHANGE, ""));
        assertThat(run.path("status").asText()).isEqualTo("PARTIAL");
        assertThat(stats().path("failedByFault").asInt()).as("a permanent refusal is not retried").isEqualTo(1);
        List<JsonNode> letters = deadLettersOf(run);
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).path("permanent").asBoolean()).isTrue();
        assertThat(letters.get(0).path("reason").asText()).startsWith("HTTP 422");
        assertThat(letters.get(0).path("attempts").asInt()).isEqualTo(1);
        reconcile(List.of(run), 250);
        JsonNode exchangeWide = api.get("/api/exchanges/" + EXCHANGE + "/reconciliation");
        assertThat(exchangeWide.path("deadLettered").asLong()).isEqualTo(250);
        assertThat(exchangeWide.path("delivered").asLong()).isEqualTo(RECORDS - POISON - 250);
        assertThat(exchangeWide.path("quarantined").asLong()).isEqualTo(POISON);

        var replay = api.call("POST", "/api/dead-letters/" + letters.get(0).path("id").asText()
                + "/replay?reason=receiver%20fixed");
        assertThat(replay.statusCode()).isEqualTo(200);
        JsonNode after = api.awaitSettled(run.path("runId").asText());

        assertThat(after.path("status").asText()).isEqualTo("PARTIAL"); // the poison records are still quarantined
        assertThat(after.path("counts").path("deadLettered").asLong()).isZero();
        assertThat(deadLettersOf(run)).isEmpty();
        assertThat(api.get("/api/exchanges/" + EXCHANGE + "/reconciliation").path("delivered").asLong())
                .isEqualTo(RECORDS - POISON);
        JsonNode audit = api.get("/api/audit?runId=" + run.path("runId").asText());
        assertThat(audit.findValuesAsText("action")).contains("DEAD_LETTER_REPLAYED");
        reconcile(List.of(after), 0);
    }

    @Test
    void aSourceConnectionCutMidStreamFailsTheRunAndTheNextRunResumes() throws Exception {
        String runId = api.startRun(SLOW_SOURCE_EXCHANGE, "");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/runs/" + runId).path("counts").path("read").asLong() >= 500);
        try (Connection admin = PostgresDatabases.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + PostgresDatabases.name(SOURCE_DB)
                    + "' AND pid <> pg_backend_pid()");
        }
        JsonNode failed = api.awaitSettled(runId);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("error").asText()).contains("source database failed after");
        assertThat(failed.path("counts").path("read").asLong()).isLessThan(RECORDS);
        assertThat(hubStore.queryForList("SELECT watermark FROM sync_state WHERE exchange_id = ?", SLOW_SOURCE_EXCHANGE))
                .isEmpty();
        // what the failed run had enqueued is still delivered
        await().atMost(Duration.ofSeconds(60)).until(() -> HubProcess.pendingOf(api.get("/api/runs/" + runId)) == 0);

        JsonNode resumed = api.awaitSettled(api.startRun(SLOW_SOURCE_EXCHANGE, ""));

        assertThat(resumed.path("counts").path("read").asLong()).isEqualTo(RECORDS);
        assertThat(resumed.path("counts").path("skippedUnchanged").asLong()).isPositive();
        reconcile(List.of(failed, resumed), 0);
    }

    private List<JsonNode> deadLettersOf(JsonNode run) throws Exception {
        List<JsonNode> letters = new java.util.ArrayList<>();
        api.get("/api/dead-letters?exchange=" + EXCHANGE).forEach(letter -> {
            if (letter.path("runId").asText().equals(run.path("runId").asText())) {
                letters.add(letter);
            }
        });
        return letters;
    }

    private void fault(String json) throws Exception {
        sandbox.post("/sandbox/api/faults", json);
    }

    private JsonNode stats() throws Exception {
        return api.parse(sandbox.get("/sandbox/api/stats")).path("receivers").path(RECEIVER);
    }

    /** @param expectedDeadLettered records the test expects in the dead-letter queue */
    private void reconcile(List<JsonNode> runs, int expectedDeadLettered) throws Exception {
        Set<String> deadLettered = new HashSet<>(hubStore.queryForList(
                "SELECT l.record_key FROM delivery_ledger l JOIN batch_outcome o ON o.batch_id = l.batch_id "
                + "WHERE o.outcome = 'DEAD_LETTERED'", String.class));
        assertThat(deadLettered).hasSize(expectedDeadLettered);
        Set<String> quarantined = Reconciliation.assertNothingLost(SOURCE_DB,
                api.parse(sandbox.get("/sandbox/api/received?path=" + RECEIVER)), api,
                runs.stream().map(r -> r.path("runId").asText()).toList(), deadLettered);
        assertThat(quarantined).hasSize(POISON);
    }
}
