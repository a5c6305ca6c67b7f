package vn.vhttdl.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.vhttdl.hub.HubApplication;
import vn.vhttdl.hub.run.RunSettlement;
import vn.vhttdl.hub.testing.HubApi;
import vn.vhttdl.hub.testing.HubTestEnvironment;
import vn.vhttdl.hub.testing.HubWithSandbox;
import vn.vhttdl.hub.testing.PostgresDatabases;
import vn.vhttdl.hub.testing.SandboxProcess;

/**
 * The first exchange end to end, as an administrator sees it: the department's heritage database
 * on PostgreSQL, the hub's store on PostgreSQL, an Artemis broker, the sandbox LGSP as its own
 * JVM with OAuth2, and the admin API over HTTP.
 */
// metrics export is off in Spring Boot tests unless asked for; the Prometheus page is part of what we check
@AutoConfigureObservability
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HeritageExchangeIT extends HubWithSandbox {

    static final String EXCHANGE = "heritage-sites-to-ministry";
    static final String RECEIVER = "/vhttdl/1.0/di-tich";
    static final String SOURCE_DB = "hub_it_heritage";
    /** The rows of the demo seed that break a rule on purpose (see the comment at its top). */
    static final Set<String> INVALID_IN_SEED = Set.of("DT-0104", "DT-0121", "DT-0137", "DT-0152", "DT-0168",
            "DT-0183", "DT-0199", "DT-0214", "DT-0236", "DT-0251", "DT-0273", "DT-0298");

    static Path routesDir;

    /** The real settlement, observed: {@link #aRunThatReadsAsFinishedCanBeFollowedAtOnce()} acts the moment a run settles. */
    @MockitoSpyBean
    RunSettlement settlement;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) throws Exception {
        String storeUrl = PostgresDatabases.recreate("hub_it_store");
        String sourceUrl = PostgresDatabases.recreate(SOURCE_DB);
        sandbox = SandboxProcess.start();
        routesDir = Files.createTempDirectory("routes");
        HubTestEnvironment.copyRoute(routesDir, EXCHANGE + ".yaml");
        HubTestEnvironment.copyRoute(routesDir, "sql/heritage-sites.sql");
        // an administrator's typo: the batch size is text, and a field name is misspelt
        Files.writeString(routesDir.resolve("museum-objects-to-ministry.yaml"), """
                id: museum-objects-to-ministry
                title: Hiện vật → Bộ
                dataset: heritage-site
                source:
                  type: jdbc
                  datasource: heritage
                  query: sql/heritage-sites.sql
                  key: id
                target:
                  connector: lgsp
                  path: /vhttdl/1.0/hien-vat
                  format: ministry/heritage-site/v1
                  batch-size: nhiều
                shedule: "0 0 2 * * ?"
                """);

        HubTestEnvironment.register(registry, storeUrl, sourceUrl, routesDir, sandbox);
        registry.add("hub.datasources.heritage.fetch-size", () -> "50");
        registry.add("hub.connectors.lgsp.timeout", () -> "10s");
        registry.add("hub.connectors.lgsp.retry.attempts", () -> "2");
        registry.add("hub.connectors.lgsp.retry.initial-delay", () -> "100ms");
        HubTestEnvironment.registerInspector(registry);
    }

    /** Every test starts from the seeded source, an empty ledger and a sandbox that received nothing. */
    @BeforeEach
    void freshState() throws Exception {
        HubTestEnvironment.reseedHeritageSource(SOURCE_DB);
        HubTestEnvironment.forgetDeliveries(hubStore);
        clearSandboxReceiversAndFaults();
    }

    @Test
    void firstRunDeliversEveryValidSiteExactlyOnceAndListsTheRejects() throws Exception {
        JsonNode run = api.awaitSettled(api.startRun(EXCHANGE, ""));

        long sourceRows = sourceCount();
        JsonNode counts = run.path("counts");
        assertThat(run.path("status").asText()).isEqualTo("PARTIAL");
        assertThat(counts.path("read").asLong()).isEqualTo(sourceRows);
        assertThat(counts.path("invalid").asLong()).isEqualTo(INVALID_IN_SEED.size());
        assertThat(counts.path("read").asLong()).isEqualTo(counts.path("invalid").asLong()
                + counts.path("skippedUnchanged").asLong() + counts.path("enqueued").asLong());
        assertThat(counts.path("delivered").asLong()).isEqualTo(counts.path("enqueued").asLong());
        assertThat(counts.path("repairedFields").asLong()).isPositive();
        assertThat(run.path("reconciled").asBoolean()).isTrue();

        JsonNode received = received();
        Map<String, Integer> perSource = countBySourceKey(received);
        assertThat(perSource).hasSize((int) (sourceRows - INVALID_IN_SEED.size()));
        assertThat(perSource.values()).allMatch(times -> times == 1);
        assertThat(perSource.keySet()).doesNotContainAnyElementsOf(INVALID_IN_SEED);

        // four batches went out on at most one token: it is cached, not fetched per request
        assertThat(received.path("batches").asInt()).isEqualTo(4);
        assertThat(api.parse(sandbox.get("/sandbox/api/stats")).path("tokenRequests").asInt()).isLessThanOrEqualTo(1);

        // legacy TCVN3 and decomposed text arrives as proper Unicode
        assertThat(recordOf(received, "DT-0002").path("tenDiTich").asText()).isEqualTo("Đình Thổ Hà");
        assertThat(recordOf(received, "DT-0175").path("tenDiTich").asText()).isEqualTo("Chùa Lim");

        JsonNode rejects = api.get("/api/runs/" + run.path("runId").asText() + "/rejects");
        Set<String> rejectedKeys = new HashSet<>();
        rejects.forEach(r -> {
            rejectedKeys.add(r.path("key").asText());
            assertThat(r.path("field").asText()).isNotBlank();
            assertThat(r.path("reason").asText()).contains(" / ");
        });
        assertThat(rejectedKeys).isEqualTo(INVALID_IN_SEED);
        assertThat(rejects).filteredOn(r -> r.path("key").asText().equals("DT-0137")).first()
                .satisfies(r -> assertThat(r.path("field").asText()).isEqualTo("latitude"));
        assertThat(rejects).filteredOn(r -> r.path("key").asText().equals("DT-0199")).first()
                .satisfies(r -> assertThat(r.path("reason").asText()).contains("Cấp huyện"));
    }

    private static JsonNode recordOf(JsonNode received, String sourceKey) {
        return StreamSupport.stream(received.path("records").spliterator(), false)
                .filter(r -> r.path("sourceKey").asText().equals(sourceKey)).findFirst()
                .orElseThrow(() -> new AssertionError(sourceKey + " was not received")).path("record");
    }

    @Test
    void aSecondRunSendsNothingAndAChangedRowIsSentAlone() throws Exception {
        api.awaitSettled(api.startRun(EXCHANGE, ""));
        int afterFirst = received().path("records").size();

        JsonNode second = api.awaitSettled(api.startRun(EXCHANGE, ""));
        assertThat(second.path("counts").path("read").asLong()).isZero();
        assertThat(second.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(received().path("records").size()).isEqualTo(afterFirst);

        String changedKey = firstValidKey();
        try (Connection source = PostgresDatabases.connect(SOURCE_DB); Statement statement = source.createStatement()) {
            statement.executeUpdate("UPDATE dt_di_tich SET dia_chi = 'Thôn Quất Du (đã cập nhật)', "
                    + "ngay_cap_nhat = TIMESTAMP '2026-01-15 08:00:00' WHERE ma_di_tich = '" + changedKey + "'");
        }
        JsonNode third = api.awaitSettled(api.startRun(EXCHANGE, ""));
        assertThat(third.path("counts").path("read").asLong()).isEqualTo(1);
        assertThat(third.path("counts").path("delivered").asLong()).isEqualTo(1);
        JsonNode records = received().path("records");
        assertThat(records.size()).isEqualTo(afterFirst + 1);
        JsonNode last = records.get(records.size() - 1);
        assertThat(last.path("sourceKey").asText()).isEqualTo(changedKey);
        assertThat(last.path("record").path("diaChi").asText()).isEqualTo("Thôn Quất Du (đã cập nhật)");
    }

    @Test
    void aFullRunResendsEverythingWithTheSameIdempotencyKeys() throws Exception {
        api.awaitSettled(api.startRun(EXCHANGE, ""));
        Map<String, String> firstKeys = idempotencyKeyBySource(received());

        JsonNode full = api.awaitSettled(api.startRun(EXCHANGE, "?full=true"));
        assertThat(full.path("counts").path("skippedUnchanged").asLong()).isZero();
        assertThat(full.path("counts").path("delivered").asLong()).isEqualTo(firstKeys.size());

        JsonNode received = received();
        assertThat(received.path("records").size()).isEqualTo(2 * firstKeys.size());
        received.path("records").forEach(r ->
                assertThat(r.path("idempotencyKey").asText()).isEqualTo(firstKeys.get(r.path("sourceKey").asText())));
        received.path("byIdempotencyKey").forEach(times -> assertThat(times.asInt()).isEqualTo(2));
    }

    @Test
    void aDryRunValidatesButSendsNothingAndMovesNoWatermark() throws Exception {
        JsonNode dry = api.awaitSettled(api.startRun(EXCHANGE, "?dryRun=true"));
        assertThat(dry.path("dryRun").asBoolean()).isTrue();
        assertThat(dry.path("counts").path("invalid").asLong()).isEqualTo(INVALID_IN_SEED.size());
        assertThat(dry.path("counts").path("valid").asLong()).isEqualTo(sourceCount() - INVALID_IN_SEED.size());
        assertThat(dry.path("counts").path("enqueued").asLong()).isZero();
        assertThat(received().path("records").size()).isZero();
        assertThat(hubStore.queryForObject("SELECT COUNT(*) FROM sync_state", Integer.class)).isZero();
    }

    @Test
    void aBatchTheReceiverRefusesIsDeadLetteredWhileTheOthersArrive() throws Exception {
        sandbox.post("/sandbox/api/faults", "{\"path\":\"" + RECEIVER + "\",\"status\":400,\"failNext\":1}");

        JsonNode run = api.awaitSettled(api.startRun(EXCHANGE, ""));

        JsonNode counts = run.path("counts");
        long enqueued = counts.path("enqueued").asLong();
        long deadLettered = counts.path("deadLettered").asLong();
        assertThat(run.path("status").asText()).isEqualTo("PARTIAL");
        assertThat(deadLettered).isEqualTo(100); // one batch of batch-size records
        assertThat(counts.path("delivered").asLong()).isEqualTo(enqueued - deadLettered);
        assertThat(received().path("records").size()).isEqualTo((int) (enqueued - deadLettered));
        assertThat(run.path("reconciled").asBoolean()).isTrue();

        JsonNode audit = api.get("/api/audit?runId=" + run.path("runId").asText());
        List<JsonNode> deadLetters = StreamSupport.stream(audit.spliterator(), false)
                .filter(e -> e.path("action").asText().equals("BATCH_DEAD_LETTERED")).toList();
        assertThat(deadLetters).hasSize(1);
        assertThat(deadLetters.get(0).path("details").asText()).contains("HTTP 400");
    }

    @Test
    void theAuditChainVerifiesAndAnEditedRowIsFound() throws Exception {
        api.awaitSettled(api.startRun(EXCHANGE, ""));
        JsonNode verdict = api.get("/api/audit/verify");
        assertThat(verdict.path("intact").asBoolean()).isTrue();
        assertThat(verdict.path("checked").asLong()).isGreaterThan(3);

        long victim = hubStore.queryForObject("SELECT MIN(id) FROM audit_event WHERE action = 'BATCH_DELIVERED'", Long.class);
        String original = hubStore.queryForObject("SELECT details FROM audit_event WHERE id = ?", String.class, victim);
        // an insider "corrects" a delivery record after the fact
        hubStore.update("UPDATE audit_event SET details = ? WHERE id = ?", original.replace("\"records\":", "\"records\":1"),
                victim);
        try {
            JsonNode broken = api.get("/api/audit/verify");
            assertThat(broken.path("intact").asBoolean()).isFalse();
            assertThat(broken.path("firstBrokenId").asLong()).isEqualTo(victim);
        } finally {
            hubStore.update("UPDATE audit_event SET details = ? WHERE id = ?", original, victim);
        }
        assertThat(api.get("/api/audit/verify").path("intact").asBoolean()).isTrue();
    }

    @Test
    void aMalformedRouteFileIsReportedWithFileLineAndFieldWhileTheGoodOneRuns() throws Exception {
        JsonNode exchanges = api.get("/api/exchanges");
        JsonNode broken = find(exchanges, "museum-objects-to-ministry");
        JsonNode good = find(exchanges, EXCHANGE);
        assertThat(good.path("definitionErrors").size()).isZero();
        assertThat(good.path("schedule").asText()).isEqualTo("0 0 1 * * ?");

        Map<String, JsonNode> errors = new HashMap<>();
        broken.path("definitionErrors").forEach(e -> errors.put(e.path("field").asText(), e));
        assertThat(errors).containsKeys("target.batch-size", "shedule");
        assertThat(errors.get("target.batch-size").path("line").asInt()).isEqualTo(13);
        assertThat(errors.get("target.batch-size").path("file").asText()).isEqualTo("museum-objects-to-ministry.yaml");
        assertThat(errors.get("target.batch-size").path("messageVi").asText()).contains("sai kiểu dữ liệu");
        assertThat(errors.get("shedule").path("line").asInt()).isEqualTo(14);

        assertThat(api.call("POST", "/api/exchanges/museum-objects-to-ministry/runs").statusCode()).isEqualTo(404);
        JsonNode run = api.awaitSettled(api.startRun(EXCHANGE, ""));
        assertThat(run.path("counts").path("delivered").asLong()).isPositive();
    }

    @Test
    void theApiNeedsALoginAndAViewerCannotStartRuns() throws Exception {
        HubApi anonymous = new HubApi(port, "nobody", "wrong");
        assertThat(anonymous.call("GET", "/api/exchanges").statusCode()).isEqualTo(401);
        HubApi inspector = new HubApi(port, "inspector", "inspector-pass");
        assertThat(inspector.call("GET", "/api/exchanges").statusCode()).isEqualTo(200);
        assertThat(inspector.call("POST", "/api/exchanges/" + EXCHANGE + "/runs").statusCode()).isEqualTo(403);
        assertThat(inspector.call("GET", "/api/runs/no-such-run").statusCode()).isEqualTo(404);
    }

    @Test
    void prometheusCountsRecordsPerExchange() throws Exception {
        api.awaitSettled(api.startRun(EXCHANGE, ""));
        String metrics = api.call("GET", "/actuator/prometheus").body();
        assertThat(metrics).contains("hub_records_read_total{exchange=\"" + EXCHANGE + "\"}")
                .contains("hub_records_rejected_total{exchange=\"" + EXCHANGE + "\"}")
                .contains("hub_records_delivered_total{exchange=\"" + EXCHANGE + "\"}");
        assertThat(api.call("GET", "/actuator/health").statusCode()).isEqualTo(200);
    }

    private JsonNode received() throws Exception {
        return api.parse(sandbox.get("/sandbox/api/received?path=" + RECEIVER));
    }

    private static Map<String, Integer> countBySourceKey(JsonNode received) {
        Map<String, Integer> counts = new HashMap<>();
        received.path("records").forEach(r -> counts.merge(r.path("sourceKey").asText(), 1, Integer::sum));
        return counts;
    }

    private static Map<String, String> idempotencyKeyBySource(JsonNode received) {
        Map<String, String> keys = new HashMap<>();
        received.path("records").forEach(r -> keys.put(r.path("sourceKey").asText(), r.path("idempotencyKey").asText()));
        return keys;
    }

    private static JsonNode find(JsonNode exchanges, String id) {
        return StreamSupport.stream(exchanges.spliterator(), false).filter(e -> e.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("exchange " + id + " is not listed"));
    }

    private static long sourceCount() throws Exception {
        try (Connection source = PostgresDatabases.connect(SOURCE_DB); Statement statement = source.createStatement();
                var rs = statement.executeQuery("SELECT COUNT(*) FROM dt_di_tich")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String firstValidKey() throws Exception {
        try (Connection source = PostgresDatabases.connect(SOURCE_DB); Statement statement = source.createStatement();
                var rs = statement.executeQuery("SELECT ma_di_tich FROM dt_di_tich ORDER BY ma_di_tich")) {
            while (rs.next()) {
                if (!INVALID_IN_SEED.contains(rs.getString(1))) {
                    return rs.getString(1);
                }
            }
        }
        throw new AssertionError("the seed has no valid row");
    }
    /**
     * A run that reads as finished is over: a trigger right then starts the next run. The check
     * runs at the very moment the run settles (inside the settlement), so it cannot pass while
     * the exchange is still marked running after its run has settled.
     */
    @Test
    void aRunThatReadsAsFinishedCanBeFollowedAtOnce() throws Exception {
        api.awaitSettled(api.startRun(EXCHANGE, ""));
        List<String> nextTrigger = new CopyOnWriteArrayList<>();
        doAnswer(call -> {
            call.callRealMethod();
            String runId = call.getArgument(0);
            boolean finished = !"RUNNING".equals(api.get("/api/runs/" + runId).path("status").asText());
            if (finished && nextTrigger.isEmpty()) {
                try {
                    nextTrigger.add("started " + api.startRun(EXCHANGE, ""));
                } catch (IOException refused) {
                    nextTrigger.add(refused.getMessage());
                }
            }
            return null;
        }).when(settlement).settleIfComplete(anyString());

        // nothing new since the first run: the run settles as its extraction ends
        JsonNode second = api.awaitSettled(api.startRun(EXCHANGE, ""));

        assertThat(second.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(nextTrigger).hasSize(1);
        assertThat(nextTrigger.get(0)).startsWith("started ");
        api.awaitSettled(nextTrigger.get(0).substring("started ".length()));
    }
}
