package vn.vhttdl.hub.testing;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every in-JVM exchange test has in common: the hub started by Spring on a random port, its
 * store, the admin API, and the sandbox as its own JVM. A subclass starts {@link #sandbox} in its
 * {@code @DynamicPropertySource} (each starts it with its own arguments); it is stopped after the
 * class's last test.
 */
public abstract class HubWithSandbox {

    /** The sandbox JVM standing in for the external platforms; started by the subclass. */
    protected static SandboxProcess sandbox;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate hubStore;

    /** The admin API as admin / admin-pass, made anew before every test. */
    protected HubApi api;

    // runs before the subclass's own @BeforeEach methods (JUnit runs a superclass's first)
    @BeforeEach
    void connectAsAdmin() {
        api = new HubApi(port, "admin", "admin-pass");
    }

    @AfterAll
    static void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    /** Forgets what the sandbox's receivers stored and any fault a test injected. */
    protected static void clearSandboxReceiversAndFaults() throws IOException, InterruptedException {
        sandbox.delete("/sandbox/api/received");
        sandbox.delete("/sandbox/api/faults");
    }
}
