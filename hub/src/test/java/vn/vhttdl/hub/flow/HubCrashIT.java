package vn.vhttdl.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import vn.vhttdl.hub.testing.HubApi;
import vn.vhttdl.hub.testing.JvmProcess;
import vn.vhttdl.hub.testing.PostgresDatabases;
import vn.vhttdl.hub.testing.Reconciliation;
import vn.vhttdl.hub.testing.SandboxProcess;

/**
 * The hub killed with SIGKILL — mid-extraction and mid-delivery — and started again on the same
 * store and the same broker journal: nothing is lost, nothing is delivered under a second key.
 */
class HubCrashIT {

    static final String EXCHANGE = "heritage-sites-to-ministry";
    static final String SLOW_SOURCE_EXCHANGE = "heritage-slow-source";
    static final String RECEIVER = "/vhttdl/1.0/di-tich";
    static final String SOURCE_DB = "hub_crash_source";
    static final String STORE_DB = "hub_crash_store";

    static SandboxProcess sandbox;
    static Path work;

    JvmProcess hub;
    HubApi api;

    @BeforeAll
    static void environment() throws Exception {
        PostgresDatabases.recreate(SOURCE_DB);
        try (Connection source = PostgresDatabases.connect(SOURCE_DB)) {
            ScriptUtils.executeSqlScript(source, new EncodedResource(new ClassPathResource("demo/heritage-source.sql"),
                    StandardCharsets.UTF_8));
            ScriptUtils.executeSqlScript(source, new EncodedResource(new ClassPathResource("fault-source.sql"),
                    StandardCharsets.UTF_8));
        }
        sandbox = SandboxProcess.start();
        work = Files.createTempDirectory("hub-crash");
        Path routes = Files.createDirectories(work.resolve("routes/sql"));
        Path repository = Path.of(System.getProperty("repository.root", ".."));
        String definition = Files.readString(repository.resolve("routes/" + EXCHANGE + ".yaml"))
                .replace("batch-size: 100", "batch-size: 250").replaceAll("(?m)^schedule:.*$", "");
        String query = Files.readString(repository.resolve("routes/sql/heritage-sites.sql"));
        Files.writeString(routes.resolve("heritage-sites.sql"), query);
        Files.writeString(routes.resolve("heritage-slow.sql"),
                query.replace("FROM dt_di_tich", ", pg_sleep(0.001) AS slowly FROM dt_di_tich"));
        Files.writeString(work.resolve("routes/" + EXCHANGE + ".yaml"), definition);
        Files.writeString(work.resolve("routes/" + SLOW_SOURCE_EXCHANGE + ".yaml"), definition
                .replace("id: " + EXCHANGE, "id: " + SLOW_SOURCE_EXCHANGE).replace("sql/heritage-sites.sql", "sql/heritage-slow.sql"));
    }

    @AfterAll
    static void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @BeforeEach
    void freshStoreAndBroker() throws Exception {
        PostgresDatabases.recreate(STORE_DB);
        sandbox.delete("/sandbox/api/faults");
        sandbox.delete("/sandbox/api/received");
        startHub(JvmProcess.freePort(), "broker-" + System.nanoTime());
    }

    @AfterEach
    void stopHub() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void killedMidExtractionTheRunIsMarkedFailedAndTheNextRunDeliversTheRest() throws Exception {
        String interrupted = api.startRun(SLOW_SOURCE_EXCHANGE, "");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/runs/" + interrupted).path("counts").path("read").asLong() >= 2000);

        restartAfterKill();

        JsonNode failed = api.get("/api/runs/" + interrupted);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("error").asText()).contains("the hub stopped during extraction");
        // what it had enqueued before the kill is still delivered from the broker's journal
        await().atMost(Duration.ofSeconds(60)).until(() -> pendingOf(api.get("/api/runs/" + interrupted)) == 0);

        String resumed = api.startRun(SLOW_SOURCE_EXCHANGE, "");
        JsonNode run = api.awaitSettled(resumed);

        assertThat(run.path("counts").path("read").asLong()).isEqualTo(10_000);
        assertThat(run.path("counts").path("skippedUnchanged").asLong()).isPositive();
        Reconciliation.assertNothingLost(SOURCE_DB, received(), api, List.of(interrupted, resumed), Set.of());
    }

    @Test
    void killedMidDeliveryTheQueuedBatchesAreDeliveredAfterTheRestart() throws Exception {
        sandbox.post("/sandbox/api/faults", "{\"path\":\"" + RECEIVER + "\",\"delayMs\":300}");
        String runId = api.startRun(EXCHANGE, "");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/runs/" + runId).hasNonNull("extractedAt")
                && received().path("batches").asInt() >= 5);

        restartAfterKill();
        sandbox.delete("/sandbox/api/faults");

        JsonNode run = api.awaitSettled(runId);
        assertThat(run.path("status").asText()).isEqualTo("PARTIAL"); // the 1% poison is quarantined
        assertThat(run.path("counts").path("delivered").asLong()).isEqualTo(run.path("counts").path("enqueued").asLong());
        Reconciliation.assertNothingLost(SOURCE_DB, received(), api, List.of(runId), Set.of());
    }

    private void restartAfterKill() throws Exception {
        int port = hub.port();
        String broker = brokerDir;
        hub.kill();
        startHub(port, broker);
    }

    private String brokerDir;

    private void startHub(int port, String broker) throws Exception {
        brokerDir = broker;
        hub = JvmProcess.start("hub", "hub.jar", port, List.of("-Xmx512m"), List.of(
                "--spring.datasource.url=" + PostgresDatabases.url(STORE_DB),
                "--spring.datasource.username=" + PostgresDatabases.USER,
                "--spring.datasource.password=",
                "--spring.artemis.embedded.data-directory=" + work.resolve(broker),
                "--hub.broker.redelivery-delay=300ms",
                "--hub.routes-dir=" + work.resolve("routes"),
                "--hub.datasources.heritage.url=" + PostgresDatabases.url(SOURCE_DB),
                "--hub.datasources.heritage.username=" + PostgresDatabases.USER,
                "--hub.datasources.heritage.fetch-size=100",
                "--hub.connectors.lgsp.base-url=" + sandbox.baseUrl(),
                "--hub.connectors.lgsp.timeout=5s",
                "--hub.connectors.lgsp.auth.type=oauth2-client-credentials",
                "--hub.connectors.lgsp.auth.token-url=" + sandbox.baseUrl() + "/token",
                "--hub.connectors.lgsp.auth.client-id=hub",
                "--hub.connectors.lgsp.auth.client-secret=hub-secret",
                "--hub.connectors.lgsp.retry.initial-delay=200ms",
                "--hub.security.users[0].username=admin",
                "--hub.security.users[0].password=admin-pass",
                "--hub.security.users[0].roles[0]=ADMIN"));
        api = new HubApi(hub.port(), "admin", "admin-pass");
    }

    private JsonNode received() throws Exception {
        return api.parse(sandbox.get("/sandbox/api/received?path=" + RECEIVER));
    }

    private static long pendingOf(JsonNode run) {
        JsonNode c = run.path("counts");
        return c.path("enqueued").asLong() - c.path("delivered").asLong() - c.path("deadLettered").asLong();
    }
}
