package vn.vhttdl.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vhttdl.hub.HubApplication;
import vn.vhttdl.hub.testing.HubApi;

/**
 * An exchange with a schedule starts by itself, as the scheduler, with no one calling the API —
 * on the zero-setup defaults (H2 store and source, embedded broker). Its target is down here on
 * purpose: only the unattended start is under test.
 */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduledRunIT {

    static final String EXCHANGE = "heritage-every-second";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) throws Exception {
        Path work = Files.createTempDirectory("scheduled");
        Path routes = Files.createDirectories(work.resolve("routes/sql"));
        Files.writeString(routes.resolve("heritage.sql"), "SELECT * FROM sites WHERE updated_at > :since");
        Files.writeString(work.resolve("routes/" + EXCHANGE + ".yaml"), """
                id: heritage-every-second
                title: Di tích (lịch mỗi giây)
                dataset: heritage-site
                source:
                  type: jdbc
                  datasource: heritage
                  query: sql/heritage.sql
                  cursor: updated_at
                  key: id
                target:
                  connector: lgsp
                  path: /vhttdl/1.0/di-tich
                  format: ministry/heritage-site/v1
                schedule: "* * * * * ?"
                """);
        String source = "jdbc:h2:mem:scheduled-source;DB_CLOSE_DELAY=-1;INIT=CREATE TABLE IF NOT EXISTS sites "
                + "(id VARCHAR(10), updated_at TIMESTAMP)\\;MERGE INTO sites KEY(id) VALUES ('DT-1', TIMESTAMP '2025-01-01 00:00:00')";
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:scheduled-store;DB_CLOSE_DELAY=-1");
        registry.add("spring.artemis.embedded.persistent", () -> "false");
        registry.add("hub.routes-dir", () -> work.resolve("routes").toString());
        registry.add("hub.datasources.heritage.url", () -> source);
        registry.add("hub.connectors.lgsp.base-url", () -> "http://127.0.0.1:9");
        registry.add("hub.connectors.lgsp.retry.attempts", () -> "1");
        registry.add("hub.security.users[0].username", () -> "admin");
        registry.add("hub.security.users[0].password", () -> "admin-pass");
        registry.add("hub.security.users[0].roles[0]", () -> "ADMIN");
    }

    @Test
    void theScheduleStartsARunAsTheScheduler() throws Exception {
        HubApi api = new HubApi(port, "admin", "admin-pass");

        JsonNode runs = await("a scheduled run").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/exchanges/" + EXCHANGE + "/runs"), list -> !list.isEmpty());

        JsonNode first = runs.get(runs.size() - 1);
        assertThat(first.path("trigger").asText()).isEqualTo("SCHEDULE");
        assertThat(first.path("requestedBy").asText()).isEqualTo("scheduler");
        JsonNode audit = api.get("/api/audit?exchange=" + EXCHANGE);
        assertThat(StreamSupport.stream(audit.spliterator(), false)
                .filter(e -> e.path("action").asText().equals("RUN_REQUESTED")).findFirst().orElseThrow()
                .path("actor").asText()).isEqualTo("scheduler");
        JsonNode exchanges = api.get("/api/exchanges");
        assertThat(exchanges.get(0).path("schedule").asText()).isEqualTo("* * * * * ?");
    }
}
