package vn.vhttdl.hub.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The hub's executable jar as its own JVM, configured for the crash tests: PostgreSQL store and source, the sandbox. */
public final class HubProcess {

    public static final String EXCHANGE = "heritage-sites-to-ministry";
    public static final String SLOW_SOURCE_EXCHANGE = "heritage-slow-source";

    private HubProcess() {
    }

    /** Writes the shipped heritage exchange (batches of 250, no schedule) and a slow-reading twin into {@code work/routes}. */
    public static Path writeRoutes(Path work) throws IOException {
        Path routes = Files.createDirectories(work.resolve("routes/sql")).getParent();
        Path shipped = HubTestEnvironment.repositoryRoutes();
        String definition = Files.readString(shipped.resolve(EXCHANGE + ".yaml"))
                .replace("batch-size: 100", "batch-size: 250").replaceAll("(?m)^schedule:.*$", "");
        String query = Files.readString(shipped.resolve("sql/heritage-sites.sql"));
        Files.writeString(routes.resolve("sql/heritage-sites.sql"), query);
        // the same rows read slowly (1 ms a row), so a test can strike mid-stream
        Files.writeString(routes.resolve("sql/heritage-slow.sql"),
                query.replace("FROM dt_di_tich", ", pg_sleep(0.001) AS slowly FROM dt_di_tich"));
        Files.writeString(routes.resolve(EXCHANGE + ".yaml"), definition);
        Files.writeString(routes.resolve(SLOW_SOURCE_EXCHANGE + ".yaml"), definition
                .replace("id: " + EXCHANGE, "id: " + SLOW_SOURCE_EXCHANGE).replace("sql/heritage-sites.sql", "sql/heritage-slow.sql"));
        return routes;
    }

    /**
     * Starts the hub; it logs in with admin / admin-pass.
     *
     * @param extraArgs more Spring Boot arguments, e.g. the broker to use
     */
    public static JvmProcess start(int port, String storeDb, String sourceDb, Path routes, SandboxProcess sandbox,
            List<String> extraArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + PostgresDatabases.url(storeDb),
                "--spring.datasource.username=" + PostgresDatabases.USER,
                "--spring.datasource.password=",
                "--hub.broker.redelivery-delay=300ms",
                // a few batches fill a delivery queue's memory: the rest page to disk, so a crash
                // or restart meets paged batches too
                "--hub.broker.queue-memory=1MB",
                "--hub.routes-dir=" + routes,
                "--hub.datasources.heritage.url=" + PostgresDatabases.url(sourceDb),
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
        args.addAll(extraArgs);
        // C1 only: these JVMs live a minute or two, where start-up time matters more than peak speed
        return JvmProcess.start("hub", "hub.jar", port, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"), args);
    }

    /** @return records enqueued by the run and neither delivered nor dead-lettered yet */
    public static long pendingOf(com.fasterxml.jackson.databind.JsonNode run) {
        var counts = run.path("counts");
        return counts.path("enqueued").asLong() - counts.path("delivered").asLong() - counts.path("deadLettered").asLong();
    }

    /** Loads the 10,000-row fault source (1% poison) into a fresh database. */
    public static void tenThousandRows(String sourceDb) throws Exception {
        PostgresDatabases.recreate(sourceDb);
        try (var source = PostgresDatabases.connect(sourceDb)) {
            org.springframework.jdbc.datasource.init.ScriptUtils.executeSqlScript(source,
                    new org.springframework.core.io.support.EncodedResource(
                            new org.springframework.core.io.ClassPathResource("demo/heritage-source.sql"),
                            java.nio.charset.StandardCharsets.UTF_8));
            org.springframework.jdbc.datasource.init.ScriptUtils.executeSqlScript(source,
                    new org.springframework.core.io.support.EncodedResource(
                            new org.springframework.core.io.ClassPathResource("fault-source.sql"),
                            java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
