package vn.vhttdl.hub.connectors.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vhttdl.hub.connectors.dvcqg.PortalStub.dossier;
import static vn.vhttdl.hub.connectors.dvcqg.PortalStub.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vhttdl.hub.connectors.target.BatchMessage;
import vn.vhttdl.hub.connectors.target.ConnectorCircuit;
import vn.vhttdl.hub.connectors.target.DeliveryAttempt;
import vn.vhttdl.hub.connectors.target.DeliveryOutcomes;
import vn.vhttdl.hub.connectors.target.DeliveryQueue;
import vn.vhttdl.hub.connectors.target.RetryPolicy;

/**
 * The DVCQG delivery route in a Camel context against the scripted portal on loopback: a batch
 * goes out in chunks, a retry after a failure part-way resumes after the accepted chunks, a
 * business refusal is dead-lettered at once with a reason that quotes no personal data.
 */
class DvcqgTargetRouteIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUEUE = "direct:batches";
    private static final String DEAD = "seda:dead";

    private final List<DeliveryAttempt> delivered = new CopyOnWriteArrayList<>();
    private final List<String> receipts = new CopyOnWriteArrayList<>();
    private final List<String> deadReasons = new CopyOnWriteArrayList<>();
    private final List<Boolean> deadPermanent = new CopyOnWriteArrayList<>();
    private PortalStub portal;
    private CamelContext camel;

    @BeforeEach
    void start() throws Exception {
        portal = new PortalStub();
    }

    @AfterEach
    void stop() throws Exception {
        if (camel != null) {
            camel.stop();
        }
        portal.close();
    }

    private void route(String service) throws Exception {
        DvcqgClient client = new DvcqgClient(portal.settings().withChunkSize(10));
        DeliveryOutcomes outcomes = new DeliveryOutcomes() {
            @Override
            public void delivered(DeliveryAttempt attempt, String receipt) {
                delivered.add(attempt);
                receipts.add(receipt);
            }

            @Override
            public void deadLettered(DeliveryAttempt attempt, boolean permanent, String reason) {
                deadPermanent.add(permanent);
                deadReasons.add(reason);
            }
        };
        camel = new DefaultCamelContext();
        camel.addRoutes(new DvcqgTargetRoute(new DvcqgTargetSettings(
                new DeliveryQueue("ho-so", QUEUE, DEAD, new RetryPolicy(3, Duration.ofMillis(10), 1.0, Duration.ofMillis(10))),
                service, client), new ConnectorCircuit("dvcqg", 50, 10, Duration.ofSeconds(30)), outcomes));
        camel.start();
    }

    private void send(List<ObjectNode> records) throws Exception {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("batchId", "b".repeat(64));
        ArrayNode array = envelope.putArray("records");
        records.forEach(array::add);
        camel.createProducerTemplate().sendBodyAndHeaders(QUEUE, JSON.writeValueAsBytes(envelope), Map.of(
                BatchMessage.RUN_ID, "run-1", BatchMessage.BATCH_ID, "b".repeat(64), BatchMessage.RECORD_COUNT, records.size()));
    }

    @Test
    void aRetryAfterAFailurePartWayResumesAfterTheAcceptedChunks() throws Exception {
        route("CapNhatTienDoHoSoMC");
        portal.answers = (request, n) -> n == 2 ? new PortalStub.Reply(503, "{\"error_code\":\"503\"}") : null;
        List<ObjectNode> steps = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            steps.add(step("HS-" + (i % 4), i));
        }

        send(steps);

        List<String> sent = new ArrayList<>();
        for (JsonNode call : portal.calls()) {
            call.path("data").forEach(step -> sent.add(step.path("NoiDungXuLy").asText()));
        }
        // chunk 1 accepted, chunk 2 refused with 503 and sent again, chunk 3: every step accepted once
        assertThat(portal.calls()).hasSize(4);
        assertThat(sent).hasSize(35);
        assertThat(sent.subList(10, 20)).isEqualTo(sent.subList(20, 30));
        List<String> accepted = new ArrayList<>(sent.subList(0, 10));
        accepted.addAll(sent.subList(20, 35));
        assertThat(accepted).hasSize(25).doesNotHaveDuplicates();
        assertThat(delivered).singleElement().satisfies(attempt -> assertThat(attempt.attempts()).isEqualTo(2));
        assertThat(JSON.readTree(receipts.get(0)).path("acceptedBefore").asInt()).isEqualTo(10);
        assertThat(deadReasons).isEmpty();
    }

    @Test
    void dossiersGoAsAddsAndThoseThePortalHoldsAsUpdates() throws Exception {
        route("DongBoHoSoMC");
        portal.existing.add("HS-2");

        send(List.of(dossier("HS-1"), dossier("HS-2"), dossier("HS-3")));

        JsonNode receipt = JSON.readTree(receipts.get(0));
        assertThat(receipt.path("added").asInt()).isEqualTo(2);
        assertThat(receipt.path("updated").asInt()).isEqualTo(1);
        // the hub's keys stay home
        portal.calls().forEach(call -> call.path("data").forEach(record -> assertThat(record.has("sourceKey")).isFalse()));
    }

    @Test
    void aBusinessRefusalIsDeadLetteredAtOnceAndItsReasonQuotesNoPersonalData() throws Exception {
        route("DongBoHoSoMC");
        portal.answers = (request, n) -> PortalStub.Reply.json("{\"error_code\":\"2\",\"message\":"
                + "\"SoDienThoai 0912345678 và Email nguyen.van.a@example.com không hợp lệ\"}");

        send(List.of(dossier("HS-9")));

        ConsumerTemplate dead = camel.createConsumerTemplate();
        Exchange letter = dead.receive(DEAD, 5_000);
        assertThat(letter).isNotNull();
        assertThat(portal.calls()).hasSize(1);
        assertThat(deadPermanent).containsExactly(true);
        assertThat(deadReasons.get(0)).contains("error_code 2").contains("HS-9").contains("********78")
                .doesNotContain("0912345678").doesNotContain("nguyen.van.a@");
        assertThat(letter.getMessage().getHeader(BatchMessage.FAILURE_REASON, String.class)).isEqualTo(deadReasons.get(0));
        assertThat(delivered).isEmpty();
    }

    @Test
    void aPathThatNamesNoServiceTheHubSendsIsRefusedAtStart() {
        assertThatThrownBy(() -> new DvcqgTargetSettings(new DeliveryQueue("ho-so", QUEUE, DEAD,
                new RetryPolicy(1, Duration.ofMillis(1), 1.0, Duration.ofMillis(1))), "TraCuuHoSo",
                new DvcqgClient(portal.settings())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("target.path 'TraCuuHoSo'").hasMessageContaining(" / ");
    }
}
