package vn.vhttdl.hub.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The configuration the in-JVM integration tests share: PostgreSQL for the hub's store and the
 * heritage source, an in-memory embedded broker, the sandbox as the LGSP with OAuth2, and an
 * admin login (admin / admin-pass). Tests add what they vary (timeouts, retries).
 */
public final class HubTestEnvironment {

    private HubTestEnvironment() {
    }

    public static void register(DynamicPropertyRegistry registry, String storeUrl, String sourceUrl, Path routes,
            SandboxProcess sandbox) {
        registry.add("spring.datasource.url", () -> storeUrl);
        registry.add("spring.datasource.username", () -> PostgresDatabases.USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.artemis.embedded.persistent", () -> "false");
        registry.add("hub.routes-dir", routes::toString);
        registry.add("hub.datasources.heritage.url", () -> sourceUrl);
        registry.add("hub.datasources.heritage.username", () -> PostgresDatabases.USER);
        registry.add("hub.connectors.lgsp.base-url", sandbox::baseUrl);
        registry.add("hub.connectors.lgsp.auth.type", () -> "oauth2-client-credentials");
        registry.add("hub.connectors.lgsp.auth.token-url", () -> sandbox.baseUrl() + "/token");
        registry.add("hub.connectors.lgsp.auth.client-id", () -> "hub");
        registry.add("hub.connectors.lgsp.auth.client-secret", () -> "hub-secret");
        registry.add("hub.security.users[0].username", () -> "admin");
        registry.add("hub.security.users[0].password", () -> "admin-pass");
        registry.add("hub.security.users[0].roles[0]", () -> "ADMIN");
    }

    /** The repository's {@code routes/} folder: the exchange definitions as they ship (build property {@code repository.root}). */
    public static Path repositoryRoutes() {
        return Path.of(System.getProperty("repository.root", "..")).resolve("routes");
    }

    /** Copies the repository's {@code routes/<relative>} to {@code routesDir/<relative>}, making its folder. */
    public static void copyRoute(Path routesDir, String relative) throws IOException {
        Path target = routesDir.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.copy(repositoryRoutes().resolve(relative), target);
    }

    /** A second login, inspector / inspector-pass, who may read but not start runs (role VIEWER). */
    public static void registerInspector(DynamicPropertyRegistry registry) {
        registry.add("hub.security.users[1].username", () -> "inspector");
        registry.add("hub.security.users[1].password", () -> "inspector-pass");
        registry.add("hub.security.users[1].roles[0]", () -> "VIEWER");
    }

    /** Drops the heritage table of {@code database} and fills it again from the demo seed ({@code demo/heritage-source.sql}). */
    public static void reseedHeritageSource(String database) throws SQLException {
        try (Connection source = PostgresDatabases.connect(database); Statement statement = source.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS dt_di_tich");
            ScriptUtils.executeSqlScript(source,
                    new EncodedResource(new ClassPathResource("demo/heritage-source.sql"), StandardCharsets.UTF_8));
        }
    }

    /** Forgets every delivery and watermark: the next run extracts and sends everything again. */
    public static void forgetDeliveries(JdbcTemplate hubStore) {
        hubStore.update("DELETE FROM delivery_ledger");
        hubStore.update("DELETE FROM sync_state");
    }
}
