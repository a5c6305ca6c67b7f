package vn.vhttdl.sandbox.vnpt;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vhttdl.sandbox.HeritageSites.batch;
import static vn.vhttdl.sandbox.HeritageSites.key;
import static vn.vhttdl.sandbox.HeritageSites.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The stand-in VNPT LGSP over real HTTP, as a VNPT client calls it: the token call with the
 * {@code lgspaccesstoken} header, business calls with the bearer token and the routing headers,
 * and each refusal the platform answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VnptLgspSandboxIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/lgsp-vnpt/vhttdl/1.0/di-tich";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    @BeforeEach
    void clean() throws Exception {
        send(HttpRequest.newBuilder(uri("/sandbox/api/lgsp-vnpt/calls")).DELETE());
        send(HttpRequest.newBuilder(uri("/sandbox/api/received")).DELETE());
    }

    private static String identity(String secretKey) {
        return Base64.getEncoder().encodeToString(("{\"AccessKey\":\"hub-access-key\",\"SecretKey\":\"" + secretKey
                + "\",\"AppName\":\"HubVHTTDL\",\"PartnerCode\":\"000.00.24.H04\",\"PartnerCodeCus\":\"\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> tokenCall(String header, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/lgsp-vnpt/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (header != null) {
            request.header("lgspaccesstoken", header);
        }
        return send(request);
    }

    private String token() throws Exception {
        HttpResponse<String> answer = tokenCall(identity("hub-secret-key"), "grant_type=client_credentials");
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("access_token").asText();
    }

    private HttpResponse<String> business(Map<String, String> headers) throws Exception {
        String batchId = key();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(PATH)).header("Content-Type", "application/json")
                .header("Idempotency-Key", batchId)
                .POST(HttpRequest.BodyPublishers.ofString(batch(batchId, site("DT-001", key())).toString()));
        headers.forEach(request::header);
        return send(request);
    }

    private Map<String, String> goodHeaders() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("lgspaccesstoken", identity("hub-secret-key"));
        headers.put("Authorization", "Bearer " + token());
        headers.put("SENDER_CODE", "000.00.24.H04");
        headers.put("TRAN_CODE", "VHTTDL_DI_TICH");
        headers.put("RECEIVER_CODE", "000.00.00.G12");
        return headers;
    }

    @Test
    void issuesABearerTokenForTheRegisteredApplication() throws Exception {
        HttpResponse<String> answer = tokenCall(identity("hub-secret-key"), "grant_type=client_credentials");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(3600);
        assertThat(body.path("access_token").asText()).hasSizeGreaterThan(30);
    }

    @Test
    void refusesTheTokenCallWithAReasonWhenTheHeaderIsMissingOrWrong() throws Exception {
        HttpResponse<String> missing = tokenCall(null, "grant_type=client_credentials");
        HttpResponse<String> wrong = tokenCall(identity("guess"), "grant_type=client_credentials");
        HttpResponse<String> grant = tokenCall(identity("hub-secret-key"), "grant_type=password");

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(missing.body()).path("error_description").asText()).contains("missing");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrong.body()).path("error").asText()).isEqualTo("invalid_client");
        assertThat(JSON.readTree(wrong.body()).path("error_description").asText()).contains("wrong SecretKey");
        assertThat(wrong.body()).doesNotContain("guess");
        assertThat(grant.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(grant.body()).path("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void aCallWithEveryHeaderRightIsStoredAndAnsweredWithErrorCodeZero() throws Exception {
        HttpResponse<String> answer = business(goodHeaders());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("error_code").asText()).isEqualTo("0");
        assertThat(JSON.readTree(answer.body()).path("receiptId").asText()).isNotBlank();
        JsonNode received = JSON.readTree(send(HttpRequest.newBuilder(
                uri("/sandbox/api/received?path=/vhttdl/1.0/di-tich"))).body());
        assertThat(received.path("records")).hasSize(1);
        JsonNode call = JSON.readTree(send(HttpRequest.newBuilder(uri("/sandbox/api/lgsp-vnpt/calls"))).body()).get(1);
        assertThat(call.path("kind").asText()).isEqualTo("business");
        assertThat(call.path("tranCode").asText()).isEqualTo("VHTTDL_DI_TICH");
        assertThat(call.path("bearerValid").asBoolean()).isTrue();
        assertThat(call.toString()).doesNotContain("hub-secret-key");
    }

    @Test
    void aMissingOrUnknownRoutingCodeIsRefusedInAHttp200AndNothingIsStored() throws Exception {
        Map<String, String> noTran = goodHeaders();
        noTran.remove("TRAN_CODE");
        Map<String, String> sender = goodHeaders();
        sender.put("SENDER_CODE", "000.00.99.H99");
        Map<String, String> receiver = goodHeaders();
        receiver.put("RECEIVER_CODE", "000.00.00.X00");
        Map<String, String> tran = goodHeaders();
        tran.put("TRAN_CODE", "KHONG_CO");

        assertThat(verdict(business(noTran))).containsExactly("2", "TRAN_CODE");
        assertThat(verdict(business(sender))).containsExactly("3", "SENDER_CODE");
        assertThat(verdict(business(receiver))).containsExactly("4", "RECEIVER_CODE");
        assertThat(verdict(business(tran))).containsExactly("5", "TRAN_CODE");
        JsonNode received = JSON.readTree(send(HttpRequest.newBuilder(
                uri("/sandbox/api/received?path=/vhttdl/1.0/di-tich"))).body());
        assertThat(received.path("records")).isEmpty();
    }

    /** @return the error_code and whether the message names the header, as [code, header] */
    private static String[] verdict(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.body());
        String message = body.path("message").asText();
        String header = message.contains("TRAN_CODE") ? "TRAN_CODE" : message.contains("SENDER_CODE") ? "SENDER_CODE"
                : message.contains("RECEIVER_CODE") ? "RECEIVER_CODE" : message;
        return new String[] {body.path("error_code").asText(), header};
    }

    @Test
    void aWrongLgspHeaderOrBearerOnABusinessCallIs401() throws Exception {
        Map<String, String> wrongSecret = goodHeaders();
        wrongSecret.put("lgspaccesstoken", identity("guess"));
        Map<String, String> noBearer = goodHeaders();
        noBearer.remove("Authorization");
        Map<String, String> foreignBearer = goodHeaders();
        foreignBearer.put("Authorization", "Bearer not-issued-here");

        assertThat(business(wrongSecret).statusCode()).isEqualTo(401);
        assertThat(business(noBearer).statusCode()).isEqualTo(401);
        HttpResponse<String> foreign = business(foreignBearer);
        assertThat(foreign.statusCode()).isEqualTo(401);
        assertThat(foreign.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
    }

    @Test
    void anInjectedErrorCodeAnswersTheNextCallsAnd200AndStoresNothing() throws Exception {
        HttpResponse<String> set = send(HttpRequest.newBuilder(uri("/sandbox/api/lgsp-vnpt/faults"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"errorCode\":\"99\",\"message\":\"Hệ thống bận\",\"failNext\":1}")));
        assertThat(set.statusCode()).isEqualTo(204);
        HttpResponse<String> zero = send(HttpRequest.newBuilder(uri("/sandbox/api/lgsp-vnpt/faults"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"errorCode\":\"0\",\"failNext\":1}")));
        assertThat(zero.statusCode()).isEqualTo(400);

        HttpResponse<String> busy = business(goodHeaders());
        HttpResponse<String> next = business(goodHeaders());

        assertThat(busy.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(busy.body()).path("error_code").asText()).isEqualTo("99");
        assertThat(JSON.readTree(next.body()).path("error_code").asText()).isEqualTo("0");
    }
}
