package vn.vhttdl.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.vhttdl.hub.testing.HubProcess.EXCHANGE;
import static vn.vhttdl.hub.testing.HubProcess.SLOW_SOURCE_EXCHANGE;
import static vn.vhttdl.hub.testing.HubProcess.pendingOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vhttdl.hub.testing.HubApi;
import vn.vhttdl.hub.testing.HubProcess;
import vn.vhttdl.hub.testing.JvmProcess;
import vn.vhttdl.hub.testing.PostgresDatabases;
import vn.vhttdl.hub.testing.Reconciliation;
import vn.vhttdl.hub.testing.SandboxProcess;

/**
 * The hub killed with SIGKILL — mid-extraction and mid-delivery — and started again on the same
 * store and the same broker journal: nothing is lost, nothing is delivered under a second key.
 */
class HubCrashIT {

    static final String RECEIVER = "/vhttdl/1.0/di-tich";
    static final String SOURCE_DB = "hub_crash_source";
    static final String STORE_DB = "hub_crash_store";

    static SandboxProcess sandbox;
    static Path work;
    static Path routes;

    // one hub for the class: each test kills it and starts it again on the same store and journal
    static JvmProcess hub;
    static HubApi api;
    static Path brokerJournal;

    @BeforeAll
    static void environment() throws Exception {
        HubProcess.tenThousandRows(SOURCE_DB);
        PostgresDatabases.recreate(STORE_DB);
        sandbox = SandboxProcess.start();
        work = Files.createTempDirectory("hub-crash");
        routes = HubProcess.writeRoutes(work);
        brokerJournal = Files.createTempDirectory(work, "journal");
        startHub(JvmProcess.freePort());
    }

    @AfterAll
    static void stopAll() {
        if (hub != null) {
            hub.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** The two tests use different exchanges, so each starts with nothing delivered for its own. */
    @BeforeEach
    void receiverStartsEmpty() throws Exception {
        sandbox.delete("/sandbox/api/faults");
        sandbox.delete("/sandbox/api/received");
    }

    @Test
    void killedMidExtractionTheRunIsMarkedFailedAndTheNextRunDeliversTheRest() throws Exception {
        String interrupted = api.startRun(SLOW_SOURCE_EXCHANGE, "");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/runs/" + interrupted).path("counts").path("read").asLong() >= 2000);

        hub.kill();
        startHub(hub.port());

        JsonNode failed = api.get("/api/runs/" + interrupted);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("error").asText()).contains("the hub stopped during extraction");
        // what it had enqueued before the kill is still delivered, from the broker's journal
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

        hub.kill();
        sandbox.delete("/sandbox/api/faults");
        startHub(hub.port());

        JsonNode run = api.awaitSettled(runId);
        assertThat(run.path("status").asText()).isEqualTo("PARTIAL"); // the 1% poison is quarantined
        assertThat(run.path("counts").path("delivered").asLong()).isEqualTo(run.path("counts").path("enqueued").asLong());
        Reconciliation.assertNothingLost(SOURCE_DB, received(), api, List.of(runId), Set.of());
    }

    private static void startHub(int port) throws Exception {
        hub = HubProcess.start(port, STORE_DB, SOURCE_DB, routes, sandbox,
                List.of("--spring.artemis.embedded.data-directory=" + brokerJournal));
        api = new HubApi(hub.port(), "admin", "admin-pass");
    }

    private static JsonNode received() throws Exception {
        return api.parse(sandbox.get("/sandbox/api/received?path=" + RECEIVER));
    }
}
