package vn.vhttdl.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.vhttdl.hub.testing.HubProcess.EXCHANGE;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vhttdl.hub.testing.HubApi;
import vn.vhttdl.hub.testing.HubProcess;
import vn.vhttdl.hub.testing.JvmProcess;
import vn.vhttdl.hub.testing.PostgresDatabases;
import vn.vhttdl.hub.testing.Reconciliation;
import vn.vhttdl.hub.testing.SandboxProcess;
import vn.vhttdl.hub.testing.StandaloneBroker;

/**
 * Production topology — the hub on a standalone Artemis broker, selected by configuration only —
 * and the broker killed with SIGKILL mid-delivery, then started again on its journal.
 */
class BrokerRestartIT {

    static final String RECEIVER = "/vhttdl/1.0/di-tich";
    static final String SOURCE_DB = "hub_broker_source";
    static final String STORE_DB = "hub_broker_store";

    static SandboxProcess sandbox;
    static StandaloneBroker broker;
    static JvmProcess hub;
    static HubApi api;

    @BeforeAll
    static void environment() throws Exception {
        HubProcess.tenThousandRows(SOURCE_DB);
        PostgresDatabases.recreate(STORE_DB);
        Path work = Files.createTempDirectory("broker-restart");
        broker = StandaloneBroker.create(work);
        sandbox = SandboxProcess.start();
        hub = HubProcess.start(JvmProcess.freePort(), STORE_DB, SOURCE_DB, HubProcess.writeRoutes(work), sandbox, List.of(
                "--spring.artemis.mode=native",
                "--spring.artemis.embedded.enabled=false",
                "--spring.artemis.broker-url=" + broker.url(),
                "--spring.artemis.user=" + StandaloneBroker.USER,
                "--spring.artemis.password=" + StandaloneBroker.PASSWORD));
        api = new HubApi(hub.port(), "admin", "admin-pass");
    }

    @AfterAll
    static void stopAll() {
        if (hub != null) {
            hub.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void theBrokerKilledMidRunLosesNothing() throws Exception {
        sandbox.post("/sandbox/api/faults", "{\"path\":\"" + RECEIVER + "\",\"delayMs\":300}");
        String runId = api.startRun(EXCHANGE, "");
        await().atMost(Duration.ofSeconds(90)).until(() -> api.get("/api/runs/" + runId).hasNonNull("extractedAt")
                && received().path("batches").asInt() >= 5);

        broker.kill();
        broker.start();
        sandbox.delete("/sandbox/api/faults");

        JsonNode run = api.awaitSettled(runId);
        assertThat(run.path("status").asText()).isEqualTo("PARTIAL"); // the 1% poison is quarantined
        assertThat(run.path("counts").path("delivered").asLong()).isEqualTo(run.path("counts").path("enqueued").asLong());
        Reconciliation.assertNothingLost(SOURCE_DB, received(), api, List.of(runId), Set.of());
    }

    private static JsonNode received() throws Exception {
        return api.parse(sandbox.get("/sandbox/api/received?path=" + RECEIVER));
    }
}
