package vn.vhttdl.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vhttdl.hub.HubApplication;
import vn.vhttdl.hub.testing.TlsRefusals;
import vn.vhttdl.hub.testing.HubTestEnvironment;
import vn.vhttdl.hub.testing.HubWithSandbox;
import vn.vhttdl.hub.testing.JvmProcess;
import vn.vhttdl.hub.testing.PostgresDatabases;
import vn.vhttdl.hub.testing.SandboxProcess;
import vn.vhttdl.hub.testing.TestCertificates;

/**
 * The heritage exchange delivered through a VNPT-built LGSP (auth style B), against the sandbox's
 * stand-in for one as its own JVM: the {@code lgspaccesstoken} header on the token call and the
 * business calls, the routing codes, the platform's {@code error_code} verdict in HTTP 200
 * answers, and the same platform behind an HTTPS listener that requires a client certificate.
 */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LgspVnptExchangeIT extends HubWithSandbox {

    static final String RECEIVER = "/vhttdl/1.0/di-tich";
    static final String SOURCE_DB = "it_vnpt_heritage";
    static final String SENDER = "000.00.24.H04";
    static final String RECEIVER_CODE = "000.00.00.G12";
    static final String TRAN = "VHTTDL_DI_TICH";
    /** Rows of the demo seed that break a rule on purpose (see HeritageExchangeIT). */
    static final int INVALID_IN_SEED = 12;

    static final String VNPT = "heritage-via-vnpt";
    /** On a connector of its own, so its first call is a token call whatever ran before. */
    static final String FIRST_CONTACT = "heritage-via-vnpt-first-contact";
    static final String WRONG_SECRET = "heritage-via-vnpt-wrong-secret";
    static final String UNKNOWN_TRAN = "heritage-via-vnpt-unknown-tran";
    static final String MUTUAL_TLS = "heritage-via-vnpt-mutual-tls";
    static final String NO_CLIENT_CERT = "heritage-via-vnpt-no-client-cert";
    /** Calls in all for a transient failure, on every connector of this test. */
    static final int ATTEMPTS = 3;
    /** No token call: the business call itself (Camel's HTTP client) meets the refused handshake. */
    static final String NO_CLIENT_CERT_NO_TOKEN = "heritage-over-tls-no-client-cert";

    static TestCertificates certificates;
    static int tlsPort;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) throws Exception {
        String storeUrl = PostgresDatabases.recreate("it_vnpt_store");
        String sourceUrl = PostgresDatabases.recreate(SOURCE_DB);
        certificates = TestCertificates.generate();
        tlsPort = JvmProcess.freePort();
        sandbox = SandboxProcess.start(certificates.sandboxArguments(tlsPort,
                "--sandbox.lgsp-vnpt.partner-code-cus=" + RECEIVER_CODE));

        Path routesDir = Files.createTempDirectory("routes-vnpt");
        HubTestEnvironment.copyRoute(routesDir, "sql/heritage-sites.sql");
        String template = Files.readString(HubTestEnvironment.repositoryRoutes().resolve("heritage-sites-to-ministry.yaml"));
        exchange(routesDir, template, VNPT, "lgsp-vnpt", TRAN);
        exchange(routesDir, template, FIRST_CONTACT, "lgsp-vnpt-first-contact", TRAN);
        exchange(routesDir, template, WRONG_SECRET, "lgsp-vnpt-wrong-secret", null);
        exchange(routesDir, template, UNKNOWN_TRAN, "lgsp-vnpt", "VHTTDL_KHONG_CO");
        exchange(routesDir, template, MUTUAL_TLS, "lgsp-vnpt-mtls", TRAN);
        exchange(routesDir, template, NO_CLIENT_CERT, "lgsp-vnpt-no-cert", TRAN);
        exchange(routesDir, template, NO_CLIENT_CERT_NO_TOKEN, "tls-no-cert", null);

        HubTestEnvironment.register(registry, storeUrl, sourceUrl, routesDir, sandbox);
        String http = sandbox.baseUrl() + "/lgsp-vnpt";
        String https = "https://127.0.0.1:" + tlsPort + "/lgsp-vnpt";
        vnptConnector(registry, "lgsp-vnpt", http, "hub-secret-key", null);
        vnptConnector(registry, "lgsp-vnpt-first-contact", http, "hub-secret-key", null);
        vnptConnector(registry, "lgsp-vnpt-wrong-secret", http, "not-the-secret", null);
        vnptConnector(registry, "lgsp-vnpt-mtls", https, "hub-secret-key", "lgsp-mtls");
        vnptConnector(registry, "lgsp-vnpt-no-cert", https, "hub-secret-key", "lgsp-trust-only");
        registry.add("hub.connectors.tls-no-cert.base-url", () -> "https://127.0.0.1:" + tlsPort);
        registry.add("hub.connectors.tls-no-cert.ssl-bundle", () -> "lgsp-trust-only");
        registry.add("hub.connectors.tls-no-cert.retry.attempts", () -> String.valueOf(ATTEMPTS));
        registry.add("hub.connectors.tls-no-cert.retry.initial-delay", () -> "100ms");
        // the hub's TLS identity: its client certificate, and the gateway's certificate as the only one trusted
        certificates.registerHubBundles(registry, "lgsp-mtls", "lgsp-trust-only");
    }

    private static void exchange(Path routesDir, String template, String id, String connector, String tranCode)
            throws Exception {
        String yaml = template.replace("id: heritage-sites-to-ministry", "id: " + id)
                .replace("connector: lgsp\n", "connector: " + connector + "\n")
                .replaceAll("(?m)^schedule:.*\n", "");
        if (tranCode != null) {
            yaml = yaml.replace("  batch-size: 100\n", "  batch-size: 100\n  tran-code: " + tranCode + "\n");
        }
        Files.writeString(routesDir.resolve(id + ".yaml"), yaml, StandardCharsets.UTF_8);
    }

    private static void vnptConnector(DynamicPropertyRegistry registry, String name, String baseUrl, String secretKey,
            String sslBundle) {
        String p = "hub.connectors." + name + ".";
        registry.add(p + "base-url", () -> baseUrl);
        registry.add(p + "timeout", () -> "10s");
        registry.add(p + "retry.attempts", () -> String.valueOf(ATTEMPTS));
        registry.add(p + "retry.initial-delay", () -> "100ms");
        registry.add(p + "auth.type", () -> "lgsp-vnpt");
        registry.add(p + "auth.token-url", () -> baseUrl + "/token");
        registry.add(p + "auth.access-key", () -> "hub-access-key");
        registry.add(p + "auth.secret-key", () -> secretKey);
        registry.add(p + "auth.app-name", () -> "HubVHTTDL");
        registry.add(p + "auth.partner-code", () -> SENDER);
        registry.add(p + "auth.partner-code-cus", () -> RECEIVER_CODE);
        registry.add(p + "routing.sender-code", () -> SENDER);
        registry.add(p + "routing.receiver-code", () -> RECEIVER_CODE);
        // a connector default; the wrong-secret exchange names no tran-code and gets this one
        registry.add(p + "routing.tran-code", () -> TRAN);
        registry.add(p + "retriable-error-codes[0]", () -> "98");
        if (sslBundle != null) {
            registry.add(p + "ssl-bundle", () -> sslBundle);
        }
    }

    @BeforeEach
    void freshState() throws Exception {
        HubTestEnvironment.reseedHeritageSource(SOURCE_DB);
        HubTestEnvironment.forgetDeliveries(hubStore);
        clearSandboxReceiversAndFaults();
        sandbox.delete("/sandbox/api/lgsp-vnpt/calls");
    }

    @Test
    void deliversEveryValidRecordWithTheHeadersTheVnptPlatformChecks() throws Exception {
        JsonNode run = api.awaitSettled(api.startRun(FIRST_CONTACT, ""));

        JsonNode counts = run.path("counts");
        long enqueued = counts.path("enqueued").asLong();
        assertThat(counts.path("invalid").asLong()).isEqualTo(INVALID_IN_SEED);
        assertThat(enqueued).isPositive();
        assertThat(counts.path("delivered").asLong()).isEqualTo(enqueued);
        assertThat(run.path("reconciled").asBoolean()).isTrue();
        assertThat(received().path("records").size()).isEqualTo((int) enqueued);

        List<JsonNode> tokenCalls = calls("token");
        assertThat(tokenCalls).hasSize(1); // cached for every batch
        JsonNode token = tokenCalls.get(0);
        assertThat(token.path("status").asInt()).isEqualTo(200);
        assertThat(token.path("accessKey").asText()).isEqualTo("hub-access-key");
        assertThat(token.path("appName").asText()).isEqualTo("HubVHTTDL");
        assertThat(token.path("partnerCode").asText()).isEqualTo(SENDER);
        assertThat(token.path("partnerCodeCus").asText()).isEqualTo(RECEIVER_CODE);
        assertThat(token.path("secretKeyMatches").asBoolean()).isTrue();

        List<JsonNode> business = calls("business");
        assertThat(business).hasSize(batches(enqueued));
        assertThat(business).allSatisfy(call -> {
            assertThat(call.path("path").asText()).isEqualTo(RECEIVER);
            assertThat(call.path("accessKey").asText()).isEqualTo("hub-access-key");
            assertThat(call.path("secretKeyMatches").asBoolean()).isTrue();
            assertThat(call.path("partnerCodeCus").asText()).isEqualTo(RECEIVER_CODE);
            assertThat(call.path("bearerValid").asBoolean()).isTrue();
            assertThat(call.path("senderCode").asText()).isEqualTo(SENDER);
            assertThat(call.path("tranCode").asText()).isEqualTo(TRAN);
            assertThat(call.path("receiverCode").asText()).isEqualTo(RECEIVER_CODE);
            assertThat(call.path("status").asInt()).isEqualTo(200);
            assertThat(call.path("errorCode").asText()).isEqualTo("0");
        });
    }

    @Test
    void aWrongSecretKeyDeadLettersEveryBatchWithoutRetriesAndSaysWhy() throws Exception {
        JsonNode run = api.awaitSettled(api.startRun(WRONG_SECRET, ""));

        long enqueued = run.path("counts").path("enqueued").asLong();
        assertThat(run.path("counts").path("delivered").asLong()).isZero();
        assertThat(run.path("counts").path("deadLettered").asLong()).isEqualTo(enqueued);
        assertThat(received().path("records").size()).isZero();

        List<JsonNode> deadLetters = deadLetters(WRONG_SECRET);
        assertThat(deadLetters).hasSize(batches(enqueued)).allSatisfy(letter -> {
            assertThat(letter.path("permanent").asBoolean()).isTrue();
            assertThat(letter.path("attempts").asInt()).isEqualTo(1);
            assertThat(letter.path("reason").asText()).contains("HTTP 401").contains("wrong SecretKey")
                    .doesNotContain("not-the-secret");
        });
        // one token call per batch, none repeated, and no business call went out without a token
        assertThat(calls("token")).hasSize(batches(enqueued))
                .allSatisfy(call -> assertThat(call.path("secretKeyMatches").asBoolean()).isFalse());
        assertThat(calls("business")).isEmpty();
    }

    @Test
    void anErrorCodeOtherThanZeroInAHttp200IsNotCountedAsDelivered() throws Exception {
        sandbox.post("/sandbox/api/lgsp-vnpt/faults",
                "{\"errorCode\":\"13\",\"message\":\"Dữ liệu không hợp lệ\",\"failNext\":1}");

        JsonNode run = api.awaitSettled(api.startRun(VNPT, ""));

        JsonNode counts = run.path("counts");
        long enqueued = counts.path("enqueued").asLong();
        assertThat(counts.path("deadLettered").asLong()).isEqualTo(100); // the one batch the platform refused
        assertThat(counts.path("delivered").asLong()).isEqualTo(enqueued - 100);
        assertThat(received().path("records").size()).isEqualTo((int) (enqueued - 100));
        assertThat(run.path("reconciled").asBoolean()).isTrue();
        JsonNode letter = deadLetters(VNPT).get(0);
        assertThat(letter.path("permanent").asBoolean()).isTrue();
        assertThat(letter.path("attempts").asInt()).isEqualTo(1);
        assertThat(letter.path("reason").asText()).contains("error_code 13").contains("Dữ liệu không hợp lệ");
        assertThat(calls("business")).hasSize(batches(enqueued));
    }

    @Test
    void aBusyCodeConfiguredAsRetriableIsRetriedAndTheBatchArrivesOnce() throws Exception {
        sandbox.post("/sandbox/api/lgsp-vnpt/faults", "{\"errorCode\":\"98\",\"failNext\":1}");

        JsonNode run = api.awaitSettled(api.startRun(VNPT, ""));

        long enqueued = run.path("counts").path("enqueued").asLong();
        assertThat(run.path("counts").path("delivered").asLong()).isEqualTo(enqueued);
        assertThat(received().path("records").size()).isEqualTo((int) enqueued);
        List<JsonNode> business = calls("business");
        assertThat(business).hasSize(batches(enqueued) + 1);
        assertThat(business).filteredOn(call -> call.path("errorCode").asText().equals("98")).hasSize(1);
    }

    @Test
    void aBearerTokenThePlatformNoLongerKnowsIsRenewedOnceWithTheLgspHeaderAndTheBatchResent() throws Exception {
        api.awaitSettled(api.startRun(VNPT, "")); // the hub now holds a cached token
        sandbox.post("/sandbox/api/lgsp-vnpt/expire-tokens", "{}");
        sandbox.delete("/sandbox/api/received");
        sandbox.delete("/sandbox/api/lgsp-vnpt/calls");

        JsonNode run = api.awaitSettled(api.startRun(VNPT, "?full=true"));

        long enqueued = run.path("counts").path("enqueued").asLong();
        assertThat(run.path("counts").path("delivered").asLong()).isEqualTo(enqueued);
        assertThat(received().path("records").size()).isEqualTo((int) enqueued);
        List<JsonNode> tokenCalls = calls("token");
        assertThat(tokenCalls).hasSize(1)
                .allSatisfy(call -> assertThat(call.path("secretKeyMatches").asBoolean()).isTrue());
        List<JsonNode> business = calls("business");
        assertThat(business).filteredOn(call -> call.path("status").asInt() == 401).hasSize(1)
                .allSatisfy(call -> assertThat(call.path("bearerValid").asBoolean()).isFalse());
        assertThat(business).hasSize(batches(enqueued) + 1);
    }

    @Test
    void aTranCodeThePlatformDoesNotKnowIsRefusedInTheBodyAndDeadLettered() throws Exception {
        JsonNode run = api.awaitSettled(api.startRun(UNKNOWN_TRAN, ""));

        long enqueued = run.path("counts").path("enqueued").asLong();
        assertThat(run.path("counts").path("delivered").asLong()).isZero();
        assertThat(run.path("counts").path("deadLettered").asLong()).isEqualTo(enqueued);
        assertThat(received().path("records").size()).isZero();
        assertThat(deadLetters(UNKNOWN_TRAN)).allSatisfy(letter -> {
            assertThat(letter.path("permanent").asBoolean()).isTrue();
            assertThat(letter.path("attempts").asInt()).isEqualTo(1);
            assertThat(letter.path("reason").asText()).contains("error_code 5").contains("TRAN_CODE 'VHTTDL_KHONG_CO'");
        });
        assertThat(calls("business")).allSatisfy(call -> {
            assertThat(call.path("status").asInt()).isEqualTo(200);
            assertThat(call.path("tranCode").asText()).isEqualTo("VHTTDL_KHONG_CO");
        });
    }

    @Test
    void reachesTheGatewayOverMutualTlsWithTheConnectorsTrustStoreAndClientCertificate() throws Exception {
        JsonNode run = api.awaitSettled(api.startRun(MUTUAL_TLS, ""));

        long enqueued = run.path("counts").path("enqueued").asLong();
        assertThat(run.path("counts").path("delivered").asLong()).isEqualTo(enqueued);
        assertThat(received().path("records").size()).isEqualTo((int) enqueued);
        // the token call and the business calls both went through the HTTPS listener
        assertThat(calls("token")).hasSize(1);
        assertThat(calls("business")).hasSize(batches(enqueued));
    }

    @Test
    void withoutAClientCertificateTheHandshakeIsRefusedAndEveryBatchDeadLettered() throws Exception {
        JsonNode run = api.awaitSettled(api.startRun(NO_CLIENT_CERT, ""));

        long enqueued = run.path("counts").path("enqueued").asLong();
        assertThat(run.path("counts").path("delivered").asLong()).isZero();
        assertThat(run.path("counts").path("deadLettered").asLong()).isEqualTo(enqueued);
        assertThat(deadLetters(NO_CLIENT_CERT)).hasSize(batches(enqueued))
                .allSatisfy(letter -> TlsRefusals.assertRefusedOrBrokenOff(letter, ATTEMPTS));
        // refused in the handshake: no HTTP request reached the platform
        assertThat(calls("token")).isEmpty();
        assertThat(calls("business")).isEmpty();
        assertThat(received().path("records").size()).isZero();
    }

    @Test
    void theBusinessCallsToAGatewayThatWantsAClientCertificateAreDeadLetteredToo() throws Exception {
        JsonNode run = api.awaitSettled(api.startRun(NO_CLIENT_CERT_NO_TOKEN, ""));

        long enqueued = run.path("counts").path("enqueued").asLong();
        assertThat(run.path("counts").path("delivered").asLong()).isZero();
        assertThat(run.path("counts").path("deadLettered").asLong()).isEqualTo(enqueued);
        assertThat(deadLetters(NO_CLIENT_CERT_NO_TOKEN)).hasSize(batches(enqueued))
                .allSatisfy(letter -> TlsRefusals.assertRefusedOrBrokenOff(letter, ATTEMPTS));
        assertThat(received().path("records").size()).isZero();
    }

    private static int batches(long records) {
        return (int) ((records + 99) / 100);
    }

    private JsonNode received() throws Exception {
        return api.parse(sandbox.get("/sandbox/api/received?path=" + RECEIVER));
    }

    private List<JsonNode> calls(String kind) throws Exception {
        return StreamSupport.stream(api.parse(sandbox.get("/sandbox/api/lgsp-vnpt/calls")).spliterator(), false)
                .filter(call -> call.path("kind").asText().equals(kind)).toList();
    }

    private List<JsonNode> deadLetters(String exchange) throws Exception {
        return StreamSupport.stream(api.get("/api/dead-letters?exchange=" + exchange).spliterator(), false).toList();
    }
}
