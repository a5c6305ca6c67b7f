package vn.vhttdl.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.apache.wss4j.dom.message.WSSecUsernameToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import vn.vhttdl.hub.HubApplication;
import vn.vhttdl.hub.schemas.soap.DataSharingContract;
import vn.vhttdl.hub.testing.TlsRefusals;
import vn.vhttdl.hub.testing.HubTestEnvironment;
import vn.vhttdl.hub.testing.HubWithSandbox;
import vn.vhttdl.hub.testing.JvmProcess;
import vn.vhttdl.hub.testing.PostgresDatabases;
import vn.vhttdl.hub.testing.SandboxProcess;
import vn.vhttdl.hub.testing.TestCertificates;
import vn.vhttdl.hub.testing.TestKeystores;

/**
 * Heritage sites delivered through the SOAP target: the LGSP data-sharing service of the sandbox
 * (CXF with WSS4J, its own JVM) over real HTTP, SOAP 1.2 with a WS-Security UsernameToken digest
 * and Timestamp, and an X.509 signature for the connectors that have a key; two connectors reach
 * it over the sandbox's HTTPS listener that requires a client certificate. One batch per run
 * (the seed's valid sites fit in one), so the sandbox's call count is the hub's attempt count.
 */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SoapExchangeIT extends HubWithSandbox {

    static final String SERVICE = "/ws/lgsp/data-sharing/v1";
    /** The demo's exchange over SOAP, the template of this test's. */
    static final String DEMO = "heritage-sites-soap-to-province";
    static final String GOOD = "heritage-sites-to-soap";
    static final String WRONG_PASSWORD = "heritage-sites-to-soap-wrong-password";
    static final String SIGNED = "heritage-sites-to-soap-signed";
    static final String UNTRUSTED = "heritage-sites-to-soap-untrusted-key";
    static final String MUTUAL_TLS = "heritage-sites-to-soap-mutual-tls";
    static final String NO_CLIENT_CERT = "heritage-sites-to-soap-no-client-cert";
    static final String SOURCE_DB = "it_soap_heritage";
    /** Invalid rows of the demo seed (quarantined, never sent). */
    static final int INVALID_IN_SEED = 12;

    static TestCertificates certificates;
    static int tlsPort;

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) throws Exception {
        String storeUrl = PostgresDatabases.recreate("it_soap_store");
        String sourceUrl = PostgresDatabases.recreate(SOURCE_DB);
        Path keys = Files.createTempDirectory("soap-keys");
        Path hubKey = TestKeystores.keyPair(keys, "hub", "hub-key-pass");
        Path strangerKey = TestKeystores.keyPair(keys, "stranger", "stranger-pass");
        Path trust = keys.resolve("sandbox-trust.p12");
        TestKeystores.trust(hubKey, "hub", "hub-key-pass", trust, "trust-pass");
        certificates = TestCertificates.generate();
        tlsPort = JvmProcess.freePort();
        sandbox = SandboxProcess.start(certificates.sandboxArguments(tlsPort,
                "--sandbox.soap.truststore=" + trust, "--sandbox.soap.truststore-password=trust-pass"));

        Path routes = Files.createTempDirectory("soap-routes");
        HubTestEnvironment.copyRoute(routes, "sql/heritage-sites.sql");
        String template = Files.readString(HubTestEnvironment.repositoryRoutes().resolve(DEMO + ".yaml"));
        assertThat(template).contains("path: " + SERVICE + "\n", "batch-size: 100\n");
        exchange(routes, template, GOOD, "lgsp-soap");
        exchange(routes, template, WRONG_PASSWORD, "lgsp-soap-wrong");
        exchange(routes, template, SIGNED, "lgsp-soap-signed");
        exchange(routes, template, UNTRUSTED, "lgsp-soap-stranger");
        exchange(routes, template, MUTUAL_TLS, "lgsp-soap-mtls");
        exchange(routes, template, NO_CLIENT_CERT, "lgsp-soap-no-cert");

        HubTestEnvironment.register(registry, storeUrl, sourceUrl, routes, sandbox);
        soapConnector(registry, "lgsp-soap", "hub-soap-secret");
        soapConnector(registry, "lgsp-soap-wrong", "not-the-password");
        soapConnector(registry, "lgsp-soap-signed", "hub-soap-secret");
        registry.add("hub.connectors.lgsp-soap-signed.ws-security.signature.keystore", hubKey::toString);
        registry.add("hub.connectors.lgsp-soap-signed.ws-security.signature.keystore-password", () -> "hub-key-pass");
        registry.add("hub.connectors.lgsp-soap-signed.ws-security.signature.key-alias", () -> "hub");
        soapConnector(registry, "lgsp-soap-stranger", "hub-soap-secret");
        registry.add("hub.connectors.lgsp-soap-stranger.ws-security.signature.keystore", strangerKey::toString);
        registry.add("hub.connectors.lgsp-soap-stranger.ws-security.signature.keystore-password", () -> "stranger-pass");
        registry.add("hub.connectors.lgsp-soap-stranger.ws-security.signature.key-alias", () -> "stranger");
        // the service behind the sandbox's HTTPS listener, which requires the hub's client certificate
        soapConnector(registry, "lgsp-soap-mtls", "hub-soap-secret");
        registry.add("hub.connectors.lgsp-soap-mtls.base-url", () -> "https://127.0.0.1:" + tlsPort);
        registry.add("hub.connectors.lgsp-soap-mtls.ssl-bundle", () -> "soap-mtls");
        soapConnector(registry, "lgsp-soap-no-cert", "hub-soap-secret");
        registry.add("hub.connectors.lgsp-soap-no-cert.base-url", () -> "https://127.0.0.1:" + tlsPort);
        registry.add("hub.connectors.lgsp-soap-no-cert.ssl-bundle", () -> "soap-trust-only");
        certificates.registerHubBundles(registry, "soap-mtls", "soap-trust-only");
    }

    /** The demo's SOAP exchange under another id and connector, unscheduled, its seed's valid sites in one batch. */
    private static void exchange(Path routes, String template, String id, String connector) throws Exception {
        Files.writeString(routes.resolve(id + ".yaml"), template.replace("id: " + DEMO, "id: " + id)
                .replace("connector: lgsp-soap\n", "connector: " + connector + "\n")
                .replace("batch-size: 100\n", "batch-size: 500\n")
                .replaceAll("(?m)^schedule:.*\n", ""), StandardCharsets.UTF_8);
    }

    /** Calls in all for a transient failure, on every SOAP connector of this test. */
    private static final int NO_CLIENT_CERT_ATTEMPTS = 4;

    private static void soapConnector(DynamicPropertyRegistry registry, String name, String password) {
        String prefix = "hub.connectors." + name + ".";
        registry.add(prefix + "type", () -> "soap");
        registry.add(prefix + "base-url", sandbox::baseUrl);
        registry.add(prefix + "timeout", () -> "10s");
        registry.add(prefix + "retry.attempts", () -> String.valueOf(NO_CLIENT_CERT_ATTEMPTS));
        registry.add(prefix + "retry.initial-delay", () -> "100ms");
        registry.add(prefix + "retry.max-delay", () -> "500ms");
        registry.add(prefix + "ws-security.username", () -> "hub");
        registry.add(prefix + "ws-security.password", () -> password);
        registry.add(prefix + "ws-security.password-type", () -> "digest");
    }

    @BeforeEach
    void freshState() throws Exception {
        HubTestEnvironment.reseedHeritageSource(SOURCE_DB);
        HubTestEnvironment.forgetDeliveries(hubStore);
        clearSandboxReceiversAndFaults();
    }

    @Test
    void aGoodBatchReturnsAReceiptAndEveryRecordIsAtTheService() throws Exception {
        JsonNode run = api.awaitSettled(api.startRun(GOOD, ""));

        JsonNode counts = run.path("counts");
        long valid = sourceCount() - INVALID_IN_SEED;
        assertThat(counts.path("delivered").asLong()).isEqualTo(valid);
        assertThat(counts.path("deadLettered").asLong()).isZero();
        assertThat(run.path("reconciled").asBoolean()).isTrue();

        JsonNode received = received();
        assertThat(received.path("calls").asInt()).isEqualTo(1);
        assertThat(received.path("batches").asInt()).isEqualTo(1);
        Map<String, Integer> perSource = new HashMap<>();
        received.path("records").forEach(r -> perSource.merge(r.path("sourceKey").asText(), 1, Integer::sum));
        assertThat(perSource).hasSize((int) valid);
        assertThat(perSource.values()).allMatch(times -> times == 1);
        // the record travels as the same JSON the REST target sends: Unicode repaired, keys inside
        JsonNode site = recordOf(received, "DT-0002");
        assertThat(site.path("tenDiTich").asText()).isEqualTo("Đình Thổ Hà");
        assertThat(site.path("idempotencyKey").asText()).hasSize(64);

        JsonNode delivered = auditOf(run, "BATCH_DELIVERED");
        assertThat(delivered.path("details").asText()).contains("receiptId");
    }

    @Test
    void aBadPasswordGetsASenderFaultAndIsDeadLetteredWithoutRetries() throws Exception {
        JsonNode run = api.awaitSettled(api.startRun(WRONG_PASSWORD, ""));

        assertThat(run.path("counts").path("deadLettered").asLong()).isEqualTo(sourceCount() - INVALID_IN_SEED);
        assertThat(run.path("counts").path("delivered").asLong()).isZero();
        JsonNode letters = deadLetters(WRONG_PASSWORD);
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).path("permanent").asBoolean()).isTrue();
        assertThat(letters.get(0).path("attempts").asInt()).isEqualTo(1);
        assertThat(letters.get(0).path("reason").asText()).startsWith("SOAP fault Sender").contains("FailedAuthentication");
        assertThat(letters.get(0).path("reason").asText()).doesNotContain("not-the-password");

        JsonNode received = received();
        assertThat(received.path("calls").asInt()).as("the service saw exactly one call").isEqualTo(1);
        assertThat(received.path("records")).isEmpty();
    }

    @Test
    void aReceiverFaultIsRetriedAndTheBatchArrivesOnce() throws Exception {
        sandbox.post("/sandbox/api/faults", "{\"path\":\"" + SERVICE + "\",\"status\":503,\"failNext\":2}");

        JsonNode run = api.awaitSettled(api.startRun(GOOD, ""));

        assertThat(run.path("counts").path("delivered").asLong()).isEqualTo(sourceCount() - INVALID_IN_SEED);
        assertThat(run.path("counts").path("deadLettered").asLong()).isZero();
        JsonNode received = received();
        assertThat(received.path("calls").asInt()).as("two Receiver faults, then the receipt").isEqualTo(3);
        assertThat(received.path("batches").asInt()).isEqualTo(1);
        received.path("byIdempotencyKey").forEach(times -> assertThat(times.asInt()).isEqualTo(1));
    }

    @Test
    void aSignedBatchIsVerifiedAndOneSignedByAnUntrustedKeyIsRefused() throws Exception {
        JsonNode signed = api.awaitSettled(api.startRun(SIGNED, ""));
        assertThat(signed.path("counts").path("delivered").asLong()).isEqualTo(sourceCount() - INVALID_IN_SEED);
        assertThat(received().path("batches").asInt()).isEqualTo(1);

        sandbox.delete("/sandbox/api/received");
        JsonNode untrusted = api.awaitSettled(api.startRun(UNTRUSTED, ""));
        assertThat(untrusted.path("counts").path("deadLettered").asLong()).isEqualTo(sourceCount() - INVALID_IN_SEED);
        JsonNode letters = deadLetters(UNTRUSTED);
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).path("permanent").asBoolean()).isTrue();
        assertThat(letters.get(0).path("attempts").asInt()).isEqualTo(1);
        assertThat(letters.get(0).path("reason").asText()).startsWith("SOAP fault Sender");
        assertThat(received().path("calls").asInt()).isEqualTo(1);
        assertThat(received().path("records")).isEmpty();
    }

    @Test
    void overMutualTlsTheConnectorsTrustStoreAndClientCertificateReachTheService() throws Exception {
        JsonNode run = api.awaitSettled(api.startRun(MUTUAL_TLS, ""));

        assertThat(run.path("counts").path("delivered").asLong()).isEqualTo(sourceCount() - INVALID_IN_SEED);
        assertThat(received().path("batches").asInt()).isEqualTo(1);
        assertThat(received().path("records").size()).isEqualTo((int) (sourceCount() - INVALID_IN_SEED));
    }

    @Test
    void withoutAClientCertificateTheHandshakeIsRefusedAndTheBatchDeadLettered() throws Exception {
        JsonNode run = api.awaitSettled(api.startRun(NO_CLIENT_CERT, ""));

        assertThat(run.path("counts").path("deadLettered").asLong()).isEqualTo(sourceCount() - INVALID_IN_SEED);
        JsonNode letters = deadLetters(NO_CLIENT_CERT);
        assertThat(letters).hasSize(1);
        TlsRefusals.assertRefusedOrBrokenOff(letters.get(0), NO_CLIENT_CERT_ATTEMPTS);
        // refused in the handshake: no SOAP request reached the service
        assertThat(received().path("calls").asInt()).isZero();
    }

    @Test
    void hostileXmlIsRefusedWithASenderFaultAndNothingIsStored() throws Exception {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><x>&lol2;</x></soap:Body></soap:Envelope>""";
        String externalEntity = """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><x>&secret;</x></soap:Body></soap:Envelope>""";
        String tooDeep = "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body>"
                + "<a>".repeat(200) + "</a>".repeat(200) + "</soap:Body></soap:Envelope>";

        for (String hostile : List.of(laughs, externalEntity, tooDeep)) {
            HttpResponse<String> answer = postToService(hostile);
            assertThat(answer.statusCode()).isEqualTo(500);
            assertThat(answer.body()).contains("Fault").contains("Sender").doesNotContain("root:");
        }
        JsonNode received = received();
        assertThat(received.path("calls").asInt()).isEqualTo(3);
        assertThat(received.path("records")).isEmpty();
    }

    @Test
    void aReplayedNonceIsRefusedEvenWithTheRightPassword() throws Exception {
        // a message a listener captured once: its body breaks the XSD, so the first delivery is
        // refused for its content, after its WS-Security header was accepted
        String captured = usernameTokenMessage("hub", "hub-soap-secret", Instant.now());

        HttpResponse<String> first = postToService(captured);
        assertThat(first.body()).contains("Sender").contains("XSD");
        HttpResponse<String> replay = postToService(captured);
        assertThat(replay.statusCode()).isEqualTo(500);
        assertThat(replay.body()).contains("Sender").contains("replay attack").doesNotContain("XSD");
        assertThat(received().path("records")).isEmpty();
    }

    @Test
    void aStaleTimestampIsRefusedAsExpired() throws Exception {
        // created ten minutes ago with a five-minute life: what a message held back by an attacker looks like
        HttpResponse<String> answer = postToService(usernameTokenMessage("hub", "hub-soap-secret",
                Instant.now().minus(Duration.ofMinutes(10))));

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).contains("Sender").contains("expired").doesNotContain("XSD");
    }

    /** A SOAP 1.2 message with a digest UsernameToken (nonce, created) and a Timestamp, made with WSS4J. */
    private static String usernameTokenMessage(String user, String password, Instant created) throws Exception {
        WSSConfig.init();
        String envelope = "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Header/><soap:Body>"
                + "<ds:SubmitBatchRequest xmlns:ds=\"" + DataSharingContract.NAMESPACE + "\"/></soap:Body></soap:Envelope>";
        Document document = DataSharingContract.secureDocumentBuilder()
                .parse(new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8)));
        WSSecHeader header = new WSSecHeader(document);
        header.insertSecurityHeader();
        WSSecTimestamp timestamp = new WSSecTimestamp(header);
        timestamp.setTimeToLive(300);
        timestamp.setWsTimeSource(() -> created);
        timestamp.build();
        WSSecUsernameToken token = new WSSecUsernameToken(header);
        token.setPasswordType(WSConstants.PASSWORD_DIGEST);
        token.setUserInfo(user, password);
        token.addNonce();
        token.setWsTimeSource(() -> created);
        token.addCreated();
        token.build();
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }

    private HttpResponse<String> postToService(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + SERVICE))
                .header("Content-Type", "application/soap+xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The exchange's dead letters, once the delivery's transaction has put its one batch there. */
    private JsonNode deadLetters(String exchange) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/dead-letters?exchange=" + exchange), letters -> letters.size() >= 1);
    }

    private JsonNode received() throws Exception {
        return api.parse(sandbox.get("/sandbox/api/received?path=" + SERVICE));
    }

    private JsonNode auditOf(JsonNode run, String action) throws Exception {
        JsonNode audit = api.get("/api/audit?runId=" + run.path("runId").asText());
        return StreamSupport.stream(audit.spliterator(), false).filter(e -> e.path("action").asText().equals(action))
                .findFirst().orElseThrow(() -> new AssertionError("no " + action + " in the audit of the run"));
    }

    private static JsonNode recordOf(JsonNode received, String sourceKey) {
        return StreamSupport.stream(received.path("records").spliterator(), false)
                .filter(r -> r.path("sourceKey").asText().equals(sourceKey)).findFirst()
                .orElseThrow(() -> new AssertionError(sourceKey + " was not received")).path("record");
    }

    private static long sourceCount() throws Exception {
        try (Connection source = PostgresDatabases.connect(SOURCE_DB); Statement statement = source.createStatement();
                var rs = statement.executeQuery("SELECT COUNT(*) FROM dt_di_tich")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
