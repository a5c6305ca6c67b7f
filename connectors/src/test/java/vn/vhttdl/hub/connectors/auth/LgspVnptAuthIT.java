package vn.vhttdl.hub.connectors.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The VNPT token call against a real token endpoint on loopback that records what it got. */
@ExtendWith(OutputCaptureExtension.class)
class LgspVnptAuthIT {

    private static final LgspAccessToken IDENTITY = new LgspAccessToken("ak-vhttdl", "sk-right", "HubVHTTDL",
            "000.00.24.H04", "000.00.00.G12");

    private HttpServer server;
    private final AtomicInteger tokenCalls = new AtomicInteger();
    private final List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
    private volatile int failWith;

    @BeforeEach
    void startTokenEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/token", exchange -> {
            int n = tokenCalls.incrementAndGet();
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String header = exchange.getRequestHeaders().getFirst("lgspaccesstoken");
            String basic = exchange.getRequestHeaders().getFirst("Authorization");
            seen.add(Map.of("form", form, "lgspaccesstoken", header == null ? "" : header,
                    "authorization", basic == null ? "" : basic));
            JsonNode identity = header == null ? null : new ObjectMapper().readTree(Base64.getDecoder().decode(header));
            int status;
            String body;
            if (failWith != 0) {
                status = failWith;
                body = "{\"error\":\"temporarily_unavailable\"}";
            } else if (identity == null || !"sk-right".equals(identity.path("SecretKey").asText())) {
                status = 401;
                body = "{\"error\":\"invalid_client\",\"error_description\":\"SecretKey không đúng / wrong SecretKey\"}";
            } else {
                status = 200;
                body = "{\"access_token\":\"vnpt-" + n + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private LgspVnptAuth auth(LgspAccessToken identity) {
        return new LgspVnptAuth("lgsp-vnpt", "http://127.0.0.1:" + server.getAddress().getPort() + "/token", identity,
                "000.00.24.H04", "000.00.00.G12", "VHTTDL_DEFAULT", Duration.ofSeconds(60), Duration.ofSeconds(5), null,
                Clock.systemUTC());
    }

    @Test
    void theTokenCallCarriesTheLgspHeaderAndAPlainGrantAndBusinessCallsCarryEverything(CapturedOutput output) {
        LgspVnptAuth auth = auth(IDENTITY);

        Map<String, String> headers = auth.headers();
        assertThat(auth.headers()).isEqualTo(headers);

        assertThat(tokenCalls).hasValue(1);
        Map<String, String> tokenCall = seen.get(0);
        assertThat(tokenCall.get("form")).isEqualTo("grant_type=client_credentials");
        assertThat(tokenCall.get("authorization")).isEmpty();
        assertThat(tokenCall.get("lgspaccesstoken")).isEqualTo(IDENTITY.headerValue());

        assertThat(headers).containsEntry("Authorization", "Bearer vnpt-1")
                .containsEntry("lgspaccesstoken", IDENTITY.headerValue())
                .containsEntry("SENDER_CODE", "000.00.24.H04")
                .containsEntry("RECEIVER_CODE", "000.00.00.G12")
                .containsEntry("TRAN_CODE", "VHTTDL_DEFAULT");
        assertThat(output.getAll()).contains("obtained an access token").doesNotContain("sk-right")
                .doesNotContain(IDENTITY.headerValue()).doesNotContain("vnpt-1");
    }

    @Test
    void aWrongSecretKeyIsAPermanentRefusalWithThePlatformsReason(CapturedOutput output) {
        LgspVnptAuth auth = auth(new LgspAccessToken("ak-vhttdl", "sk-wrong", "HubVHTTDL", "000.00.24.H04", ""));

        TokenUnavailableException refused = catchThrowableOfType(TokenUnavailableException.class, auth::headers);

        assertThat(refused.retriable()).isFalse();
        assertThat(refused.getMessage()).contains("HTTP 401").contains("wrong SecretKey").doesNotContain("sk-wrong");
        assertThat(output.getAll()).doesNotContain("sk-wrong");
    }

    @Test
    void aTokenEndpointThatIsDownIsRetriable() {
        failWith = 503;
        TokenUnavailableException down = catchThrowableOfType(TokenUnavailableException.class, auth(IDENTITY)::headers);
        assertThat(down.retriable()).isTrue();
        assertThat(down.getMessage()).contains("HTTP 503");
    }
}
