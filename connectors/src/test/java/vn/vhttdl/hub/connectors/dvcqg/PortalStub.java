package vn.vhttdl.hub.connectors.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in of the portal's adapter on loopback, scripted per test: {@code POST /login} issues
 * sessions, {@code POST /service} checks the session and hands the call to {@link #answers}.
 * It records every call it received, so tests assert on what went over the wire.
 */
final class PortalStub implements AutoCloseable {

    static final String USERNAME = "sovhttdl";
    static final String PASSWORD = "mat-khau-thu-nghiem";
    static final String EXPIRED = "-2";

    /** How the stub answers a service call that passed the session check. */
    interface Answers {
        /** @return the HTTP status and body; the body null means the default answer of the service */
        Reply answer(JsonNode request, int callNumber) throws Exception;
    }

    record Reply(int status, String body) {
        static Reply json(String body) {
            return new Reply(200, body);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger serviceCalls = new AtomicInteger();
    private final Set<String> validSessions = ConcurrentHashMap.newKeySet();
    private final List<JsonNode> calls = new CopyOnWriteArrayList<>();
    /** MaHoSo the "portal" holds: an add of one of them answers "3". */
    final Set<String> existing = ConcurrentHashMap.newKeySet();
    volatile Answers answers = (request, n) -> null;
    /** Run before a refused-session answer; a test may hold the answers there. */
    volatile Runnable onRefusedSession = () -> { };
    volatile boolean refuseEverySession;

    PortalStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/login", this::login);
        server.createContext("/service", this::service);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    DvcqgSettings settings() {
        return DvcqgSettings.of(baseUrl(), USERNAME, PASSWORD, "000.07.24.H05").withPaths("/login", "/service");
    }

    int logins() {
        return logins.get();
    }

    /** @return the service calls received, the request bodies in arrival order */
    List<JsonNode> calls() {
        return List.copyOf(calls);
    }

    /** Every session issued so far stops being valid, as when the portal's sessions time out. */
    void expireAllSessions() {
        validSessions.clear();
    }

    private void login(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        int n = logins.incrementAndGet();
        if (!USERNAME.equals(request.path("username").asText()) || !PASSWORD.equals(request.path("password").asText())) {
            send(exchange, 200, "{\"error_code\":1,\"message\":\"Sai tên đăng nhập hoặc mật khẩu\"}");
            return;
        }
        String session = "session-" + n;
        validSessions.add(session);
        send(exchange, 200, "{\"session\":\"" + session + "\",\"error_code\":0}");
    }

    private void service(HttpExchange exchange) throws IOException {
        try {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            calls.add(request);
            int n = serviceCalls.incrementAndGet();
            if (refuseEverySession || !validSessions.contains(request.path("session").asText())) {
                onRefusedSession.run();
                send(exchange, 200, "{\"error_code\":\"" + EXPIRED + "\",\"message\":\"Phiên làm việc đã hết hạn\"}");
                return;
            }
            Reply reply = answers.answer(request, n);
            if (reply == null) {
                reply = Reply.json(defaultAnswer(request));
            }
            send(exchange, reply.status(), reply.body());
        } catch (Exception e) {
            send(exchange, 500, "{\"error_code\":\"500\",\"message\":\"stub failure: " + e.getClass().getSimpleName() + "\"}");
        }
    }

    /** The portal's rules: add of a held dossier answers "3", update of a missing one "4". */
    private String defaultAnswer(JsonNode request) {
        String service = request.path("service").asText();
        if (!"DongBoHoSoMC".equals(service)) {
            return "{\"error_code\":\"00\",\"message\":\"Thành công\"}";
        }
        boolean updating = "True".equals(request.path("isUpdating").asText());
        for (JsonNode record : request.path("data")) {
            String code = record.path("MaHoSo").asText();
            if (!updating && existing.contains(code)) {
                return "{\"error_code\":\"3\",\"message\":\"Hồ sơ đã tồn tại\"}";
            }
            if (updating && !existing.contains(code)) {
                return "{\"error_code\":\"4\",\"message\":\"Hồ sơ không tồn tại\"}";
            }
        }
        request.path("data").forEach(record -> existing.add(record.path("MaHoSo").asText()));
        return "{\"error_code\":\"00\",\"message\":\"Thành công\"}";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static ObjectNode dossier(String code) {
        ObjectNode record = JSON.createObjectNode();
        record.put("sourceKey", code);
        record.put("idempotencyKey", "a".repeat(64));
        record.put("MaHoSo", code);
        record.put("MaTTHC", "1.001829");
        record.put("SoGiayToChuHoSo", "027195001234");
        return record;
    }

    static ObjectNode step(String code, int number) {
        ObjectNode record = JSON.createObjectNode();
        record.put("MaHoSo", code);
        record.put("NoiDungXuLy", "Bước " + number);
        record.put("TrangThai", "4");
        return record;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
