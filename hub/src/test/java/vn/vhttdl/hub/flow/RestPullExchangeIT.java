package vn.vhttdl.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vhttdl.hub.HubApplication;
import vn.vhttdl.hub.testing.HubTestEnvironment;
import vn.vhttdl.hub.testing.HubWithSandbox;
import vn.vhttdl.hub.testing.PostgresDatabases;
import vn.vhttdl.hub.testing.SandboxProcess;

/**
 * The shipped exchange {@code accommodations-from-tourism-api} against the sandbox's stand-in of
 * the smart-tourism API (5,000 accommodations, cursor paging, OAuth2 like the gateway): every
 * record arrives once across page boundaries, a 503 or a timeout on a page is retried, a page that keeps
 * failing fails the run without moving the watermark, and the next run reads only what changed.
 */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestPullExchangeIT extends HubWithSandbox {

    static final String EXCHANGE = "accommodations-from-tourism-api";
    static final String RECEIVER = "/vhttdl/1.0/co-so-luu-tru";
    static final int RECORDS = 5000;
    /** Does not divide 5,000: the last page is a short one. */
    static final int PAGE_SIZE = 150;
    static final int PAGES = RECORDS / PAGE_SIZE + 1;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) throws Exception {
        String storeUrl = PostgresDatabases.recreate("it_sources_rest_store");
        sandbox = SandboxProcess.start("--sandbox.tourism.accommodations=" + RECORDS, "--sandbox.tourism.attractions=10");
        Path routesDir = Files.createTempDirectory("routes");
        HubTestEnvironment.copyRoute(routesDir, EXCHANGE + ".yaml");

        HubTestEnvironment.register(registry, storeUrl, storeUrl, routesDir, sandbox);
        registry.add("hub.connectors.lgsp.retry.initial-delay", () -> "100ms");
        registry.add("hub.rest-sources.tourism-api.base-url", sandbox::baseUrl);
        registry.add("hub.rest-sources.tourism-api.page-size", () -> String.valueOf(PAGE_SIZE));
        registry.add("hub.rest-sources.tourism-api.timeout", () -> "5s");
        registry.add("hub.rest-sources.tourism-api.auth.type", () -> "oauth2-client-credentials");
        registry.add("hub.rest-sources.tourism-api.auth.token-url", () -> sandbox.baseUrl() + "/token");
        registry.add("hub.rest-sources.tourism-api.auth.client-id", () -> "hub");
        registry.add("hub.rest-sources.tourism-api.auth.client-secret", () -> "hub-secret");
        registry.add("hub.rest-sources.tourism-api.retry.attempts", () -> "3");
        registry.add("hub.rest-sources.tourism-api.retry.initial-delay", () -> "50ms");
    }

    @BeforeEach
    void freshState() throws Exception {
        HubTestEnvironment.forgetDeliveries(hubStore);
        clearSandboxReceiversAndFaults();
        sandbox.delete("/sandbox/api/tourism");
    }

    @Test
    void pagesThroughFiveThousandRecordsWithoutGapsOrRepeatsAndRetriesA503() throws Exception {
        // the sixth page request is answered 503 once
        sandbox.post("/sandbox/api/tourism/faults", "{\"status\":503,\"failNext\":1,\"afterPages\":5}");

        JsonNode run = api.awaitSettled(api.startRun(EXCHANGE, ""));

        assertThat(run.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.path("counts").path("read").asLong()).isEqualTo(RECORDS);
        assertThat(run.path("counts").path("invalid").asLong()).isZero();
        assertThat(run.path("counts").path("delivered").asLong()).isEqualTo(RECORDS);
        assertThat(run.path("reconciled").asBoolean()).isTrue();

        Map<String, Integer> perKey = countBySourceKey(received());
        Set<String> expected = IntStream.rangeClosed(1, RECORDS).mapToObj(i -> String.format("DLTM-LT-%05d", i))
                .collect(Collectors.toSet());
        assertThat(perKey.keySet()).isEqualTo(expected);
        assertThat(perKey.values()).allMatch(times -> times == 1);

        JsonNode stats = tourismStats();
        assertThat(stats.path("failedByFault").asInt()).isEqualTo(1);
        assertThat(stats.path("pageRequests").asInt()).isEqualTo(PAGES + 1);
        // the nested location of the API (viTri) arrives in the ministry's flat fields
        JsonNode first = recordOf(received(), "DLTM-LT-00001");
        assertThat(first.path("maXa").asText()).matches("[0-9]{5}");
        assertThat(first.path("maTinh").asText()).isEqualTo("24");
        assertThat(first.path("ngayCapNhat").asText()).endsWith("+07:00");
    }

    @Test
    void aSlowPageThatTimesOutIsAskedForAgain() throws Exception {
        // the third page is held past the 5 s timeout once
        sandbox.post("/sandbox/api/tourism/faults", "{\"delayMs\":6000,\"delayNext\":1,\"afterPages\":2}");

        JsonNode run = api.awaitSettled(api.startRun(EXCHANGE, ""));

        assertThat(run.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.path("counts").path("delivered").asLong()).isEqualTo(RECORDS);
        assertThat(countBySourceKey(received())).hasSize(RECORDS).allSatisfy((key, times) -> assertThat(times).isEqualTo(1));
        JsonNode stats = tourismStats();
        assertThat(stats.path("delayedByFault").asInt()).isEqualTo(1);
        assertThat(stats.path("pageRequests").asInt()).isEqualTo(PAGES + 1);
    }

    @Test
    void theIncrementalSecondRunReadsOnlyTheUpdatedRecords() throws Exception {
        JsonNode first = api.awaitSettled(api.startRun(EXCHANGE, ""));
        assertThat(first.path("counts").path("delivered").asLong()).isEqualTo(RECORDS);

        JsonNode updated = api.parse(sandbox.post("/sandbox/api/tourism/co-so-luu-tru/updates", "{\"count\":7}"));
        Set<String> updatedIds = new HashSet<>();
        updated.path("updated").forEach(id -> updatedIds.add(id.asText()));
        assertThat(updatedIds).hasSize(7);
        sandbox.delete("/sandbox/api/received");

        JsonNode second = api.awaitSettled(api.startRun(EXCHANGE, ""));

        assertThat(second.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(second.path("counts").path("read").asLong()).isEqualTo(7);
        assertThat(second.path("counts").path("delivered").asLong()).isEqualTo(7);
        JsonNode received = received();
        assertThat(countBySourceKey(received).keySet()).isEqualTo(updatedIds);
        received.path("records").forEach(r -> assertThat(r.path("record").path("diaChi").asText()).contains("(cập nhật)"));

        JsonNode third = api.awaitSettled(api.startRun(EXCHANGE, ""));
        assertThat(third.path("counts").path("read").asLong()).isZero();
    }

    @Test
    void aPageThatKeepsFailingFailsTheRunAndTheWatermarkStays() throws Exception {
        // more failures than the three attempts of one page
        sandbox.post("/sandbox/api/tourism/faults", "{\"status\":503,\"failNext\":3,\"afterPages\":10}");

        JsonNode failed = api.awaitSettled(api.startRun(EXCHANGE, ""));

        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("error").asText()).contains("HTTP 503").contains("trang 11").contains("page 11");
        assertThat(failed.path("counts").path("read").asLong()).isEqualTo(10L * PAGE_SIZE);
        assertThat(hubStore.queryForObject("SELECT COUNT(*) FROM sync_state", Integer.class)).isZero();

        JsonNode next = api.awaitSettled(api.startRun(EXCHANGE, ""));
        assertThat(next.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(next.path("counts").path("read").asLong()).isEqualTo(RECORDS);
        assertThat(countBySourceKey(received())).hasSize(RECORDS);
    }

    private JsonNode received() throws Exception {
        return api.parse(sandbox.get("/sandbox/api/received?path=" + RECEIVER));
    }

    private JsonNode tourismStats() throws Exception {
        return api.parse(sandbox.get("/sandbox/api/tourism/stats"));
    }

    private static Map<String, Integer> countBySourceKey(JsonNode received) {
        Map<String, Integer> counts = new HashMap<>();
        received.path("records").forEach(r -> counts.merge(r.path("sourceKey").asText(), 1, Integer::sum));
        return counts;
    }

    private static JsonNode recordOf(JsonNode received, String sourceKey) {
        for (JsonNode r : received.path("records")) {
            if (r.path("sourceKey").asText().equals(sourceKey)) {
                return r.path("record");
            }
        }
        throw new AssertionError(sourceKey + " was not received");
    }
}
