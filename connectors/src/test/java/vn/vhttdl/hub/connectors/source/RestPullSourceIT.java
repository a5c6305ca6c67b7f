package vn.vhttdl.hub.connectors.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vhttdl.hub.connectors.auth.TargetAuth;
import vn.vhttdl.hub.datasets.FieldError;

/**
 * {@link RestPullSource} against a scripted API on loopback: field mapping, the limits on what
 * it reads, a token refused once, and the answers that fail a run at once.
 */
class RestPullSourceIT {

    private final HttpServer server = startServer();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger invalidated = new AtomicInteger();
    private volatile Function<Integer, Reply> script = n -> new Reply(200, "{\"data\":[]}");

    record Reply(int status, String body) {
    }

    private HttpServer startServer() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/api/items", this::answer);
            http.start();
            return http;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().getRawQuery() + " auth=" + exchange.getRequestHeaders().getFirst("Authorization"));
        Reply reply = script.apply(requests.size());
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private RestPullSource source(int maxPageBytes) {
        TargetAuth auth = new TargetAuth() {
            @Override
            public Map<String, String> headers() {
                return Map.of("Authorization", "Bearer token-" + invalidated.get());
            }

            @Override
            public void invalidate() {
                invalidated.incrementAndGet();
            }
        };
        RestSourceEndpoint endpoint = new RestSourceEndpoint("test-api", URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Duration.ofSeconds(5), 2, auth, new RestSourceEndpoint.PageRetry(3, Duration.ofMillis(10), 2.0, Duration.ofMillis(50)),
                maxPageBytes, 8, 10_000);
        RestPullQuery query = new RestPullQuery("/api/items", JsonPointer.compile("/data"), JsonPointer.compile("/paging/next"),
                "cursor", "limit", "updatedSince",
                Map.of("id", JsonPointer.compile("/ma"), "commune_code", JsonPointer.compile("/viTri/maXa"),
                        "latitude", JsonPointer.compile("/viTri/viDo"), "updated_at", JsonPointer.compile("/ngayCapNhat")),
                "updated_at");
        return new RestPullSource(endpoint, query, HttpClient.newHttpClient());
    }

    private static String item(String id) {
        return "{\"ma\":\"" + id + "\",\"viTri\":{\"maXa\":\"07288\",\"viDo\":21.194080},\"ngayCapNhat\":\"2025-11-20T15:00:00+07:00\"}";
    }

    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final RecordSink sink = new RecordSink() {
        @Override
        public void row(Map<String, Object> row, String origin) {
            rows.add(row);
        }

        @Override
        public void unreadable(String origin, List<FieldError> errors) {
            rows.add(Map.of("unreadable", origin));
        }
    };

    @Test
    void mapsNestedFieldsAndFollowsTheCursorWithTheWatermark() {
        script = n -> switch (n) {
            case 1 -> new Reply(200, "{\"data\":[" + item("A") + "," + item("B") + "],\"paging\":{\"next\":\"c+1/=\"}}");
            default -> new Reply(200, "{\"data\":[" + item("C") + "],\"paging\":{\"next\":null}}");
        };

        source(64 * 1024).stream(Instant.parse("2025-01-01T00:00:00Z"), sink);

        assertThat(rows).extracting(r -> r.get("id")).containsExactly("A", "B", "C");
        assertThat(rows.get(0)).containsEntry("commune_code", "07288")
                .containsEntry("latitude", new BigDecimal("21.194080"))
                .containsEntry("updated_at", OffsetDateTime.parse("2025-11-20T15:00:00+07:00"));
        assertThat(requests.get(0)).startsWith("limit=2&updatedSince=2025-01-01T07%3A00%3A00%2B07%3A00 auth=Bearer token-0");
        assertThat(requests.get(1)).contains("cursor=c%2B1%2F%3D");
    }

    @Test
    void aRefusedTokenIsRenewedOnceAndASecondRefusalFailsTheRun() {
        script = n -> n == 1 ? new Reply(401, "") : new Reply(200, "{\"data\":[" + item("A") + "]}");
        source(64 * 1024).stream(null, sink);
        assertThat(rows).hasSize(1);
        assertThat(invalidated.get()).isEqualTo(1);
        assertThat(requests.get(1)).endsWith("auth=Bearer token-1");

        script = n -> new Reply(401, "");
        requests.clear();
        assertThatThrownBy(() -> source(64 * 1024).stream(null, sink)).isInstanceOf(SourceReadException.class)
                .hasMessageContaining("HTTP 401");
        assertThat(requests).hasSize(2);
    }

    @Test
    void aRefusalOrAnAnswerThatIsNotTheJsonExpectedFailsAtOnce() {
        script = n -> new Reply(400, "{\"code\":\"INVALID_LIMIT\"}");
        assertThatThrownBy(() -> source(64 * 1024).stream(null, sink)).isInstanceOf(SourceReadException.class)
                .hasMessageContaining("HTTP 400").hasMessageContaining("trang 1").hasMessageContaining("page 1");
        assertThat(requests).hasSize(1);

        requests.clear();
        script = n -> new Reply(200, "<html>gateway error</html>");
        assertThatThrownBy(() -> source(64 * 1024).stream(null, sink)).isInstanceOf(SourceReadException.class)
                .hasMessageContaining("not valid JSON");
        assertThat(requests).hasSize(1);

        script = n -> new Reply(200, "{\"items\":[]}");
        assertThatThrownBy(() -> source(64 * 1024).stream(null, sink)).hasMessageContaining("no items array at '/data'");
    }

    @Test
    void refusesPagesTooDeepTooLargeOrACursorThatLoops() {
        script = n -> new Reply(200, "{\"data\":[" + "[".repeat(20) + "]".repeat(20) + "]}");
        assertThatThrownBy(() -> source(64 * 1024).stream(null, sink)).isInstanceOf(SourceReadException.class)
                .hasMessageContaining("size limit");

        script = n -> new Reply(200, "{\"data\":[" + item("A") + "],\"pad\":\"" + "x".repeat(5000) + "\"}");
        assertThatThrownBy(() -> source(2048).stream(null, sink)).isInstanceOf(SourceReadException.class)
                .hasMessageContaining("size limit");

        script = n -> new Reply(200, "{\"data\":[" + item("A") + "],\"paging\":{\"next\":\"same\"}}");
        assertThatThrownBy(() -> source(64 * 1024).stream(null, sink)).hasMessageContaining("cursor it had given before");
    }
}
