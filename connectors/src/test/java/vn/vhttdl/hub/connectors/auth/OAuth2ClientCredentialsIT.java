package vn.vhttdl.hub.connectors.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token caching against a real token endpoint on loopback that counts its calls. */
class OAuth2ClientCredentialsIT {

    private HttpServer server;
    private final AtomicInteger tokenCalls = new AtomicInteger();
    private final Set<String> authorizations = ConcurrentHashMap.newKeySet();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private CountDownLatch releaseTokenAnswer = new CountDownLatch(0);

    @BeforeEach
    void startTokenEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/token", exchange -> {
            int n = tokenCalls.incrementAndGet();
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try {
                releaseTokenAnswer.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = (form.contains("grant_type=client_credentials")
                    ? "{\"access_token\":\"token-" + n + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
                    : "{\"error\":\"unsupported_grant_type\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(form.contains("grant_type=client_credentials") ? 200 : 400, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private OAuth2ClientCredentials auth() {
        return new OAuth2ClientCredentials("lgsp", "http://127.0.0.1:" + server.getAddress().getPort() + "/token", "hub",
                "s3cret", Duration.ofSeconds(60), Duration.ofSeconds(5), clock);
    }

    @Test
    void sendsClientCredentialsAsBasicAndCachesTheToken() {
        OAuth2ClientCredentials auth = auth();

        assertThat(auth.headers()).containsEntry("Authorization", "Bearer token-1");
        assertThat(auth.headers()).containsEntry("Authorization", "Bearer token-1");

        assertThat(tokenCalls).hasValue(1);
        assertThat(authorizations).containsExactly(
                "Basic " + Base64.getEncoder().encodeToString("hub:s3cret".getBytes(StandardCharsets.UTF_8)));
        assertThat(auth.toString()).doesNotContain("s3cret");
    }

    @Test
    void refreshesShortlyBeforeExpiryAndAfterTheTargetRefusesIt() {
        OAuth2ClientCredentials auth = auth();
        auth.headers();

        clock.advance(Duration.ofSeconds(3600 - 61));
        assertThat(auth.headers()).containsEntry("Authorization", "Bearer token-1");
        clock.advance(Duration.ofSeconds(2)); // now inside the 60 s refresh margin
        assertThat(auth.headers()).containsEntry("Authorization", "Bearer token-2");

        auth.invalidate();
        assertThat(auth.headers()).containsEntry("Authorization", "Bearer token-3");
        assertThat(tokenCalls).hasValue(3);
    }

    @Test
    void manyCallersAtOnceCauseOneRefresh() throws Exception {
        OAuth2ClientCredentials auth = auth();
        releaseTokenAnswer = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(callers.submit(() -> auth.headers().get("Authorization")));
            }
            org.awaitility.Awaitility.await().until(() -> tokenCalls.get() == 1);
            releaseTokenAnswer.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo("Bearer token-1");
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(tokenCalls).hasValue(1);
    }

}
