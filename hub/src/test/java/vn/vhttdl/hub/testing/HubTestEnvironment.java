package vn.vhttdl.hub.testing;

import java.nio.file.Path;
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
}
