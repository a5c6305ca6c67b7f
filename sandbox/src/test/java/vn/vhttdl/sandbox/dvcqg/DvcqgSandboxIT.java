package vn.vhttdl.sandbox.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vhttdl.sandbox.dvcqg.PortalRecords.CCCD;
import static vn.vhttdl.sandbox.dvcqg.PortalRecords.JSON;
import static vn.vhttdl.sandbox.dvcqg.PortalRecords.dossier;
import static vn.vhttdl.sandbox.dvcqg.PortalRecords.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Drives the stand-in DVCQG portal over real HTTP as the hub's connector does: login, then JSON
 * POSTs carrying session, madonvi and service; reads the control API to see what it holds.
 * One context for the class; every test starts with no dossiers and a fresh session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sandbox.dvcqg.max-records-per-call=5", "sandbox.dvcqg.session-ttl=PT30M"})
class DvcqgSandboxIT {

    private static final String UNIT = "000.07.24.H05";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        AdjustableClock adjustableClock() {
            return new AdjustableClock(Instant.parse("2025-09-03T01:00:00Z"));
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    private int port;

    @Autowired
    private Clock clock;

    private String session;

    @BeforeEach
    void startClean() throws Exception {
        assertThat(send("DELETE", "/sandbox/api/dvcqg/dossiers", null).statusCode()).isEqualTo(204);
        session = login("hub", "hub-dvcqg-secret").get("session").asText();
    }

    // --- login

    @Test
    void logsInWithUserNameAndPassword() throws Exception {
        JsonNode answer = login("hub", "hub-dvcqg-secret");

        assertThat(answer.get("error_code").isNumber()).isTrue();
        assertThat(answer.get("error_code").asInt()).isZero();
        assertThat(answer.get("session").asText()).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(session);
    }

    @Test
    void refusesAWrongPasswordWithErrorCodeOne() throws Exception {
        long refusedBefore = stats().get("refusedLogins").asLong();

        JsonNode answer = login("hub", "not-the-password");

        assertThat(answer.get("error_code").asInt()).isEqualTo(1);
        assertThat(answer.get("message").asText()).contains("mật khẩu").contains(" / ");
        assertThat(answer.has("session")).isFalse();
        assertThat(stats().get("refusedLogins").asLong()).isEqualTo(refusedBefore + 1);
    }

    // --- DongBoHoSoMC

    @Test
    void addsADossierThenAnswersThreeToASecondAddAndAcceptsAnUpdate() throws Exception {
        JsonNode added = call(sync("False", dossier("HS-1")));
        JsonNode again = call(sync("False", dossier("HS-1")));
        ObjectNode changed = dossier("HS-1");
        changed.put("TrangThaiHoSo", "10");
        changed.put("NgayTra", "20250916090500");
        JsonNode updated = call(sync("True", changed));

        assertThat(added.get("error_code").asText()).isEqualTo("00");
        assertThat(again.get("error_code").asText()).isEqualTo("3");
        assertThat(again.get("message").asText()).startsWith("Hồ sơ đã tồn tại");
        assertThat(updated.get("error_code").asText()).isEqualTo("00");
        JsonNode held = dossierView("HS-1");
        assertThat(held.get("adds").asInt()).isEqualTo(1);
        assertThat(held.get("updates").asInt()).isEqualTo(1);
        assertThat(held.at("/record/TrangThaiHoSo").asText()).isEqualTo("10");
        assertThat(held.get("firstReceivedAt").asText()).endsWith("+07:00");
    }

    @Test
    void refusesAnUpdateOfADossierItDoesNotHold() throws Exception {
        JsonNode answer = call(sync("True", dossier("HS-404")));

        assertThat(answer.get("error_code").asText()).isEqualTo("4");
        assertThat(answer.get("message").asText()).contains("HS-404");
        assertThat(dossiers().get("count").asInt()).isZero();
    }

    @Test
    void storesNothingOfAnAddThatHoldsOneExistingDossier() throws Exception {
        call(sync("False", dossier("HS-B")));

        JsonNode answer = call(sync("False", dossier("HS-A"), dossier("HS-B")));

        assertThat(answer.get("error_code").asText()).isEqualTo("3");
        assertThat(dossiers().get("dossiers")).extracting(view -> view.get("MaHoSo").asText()).containsExactly("HS-B");
    }

    @Test
    void refusesAnInvalidRecordNamingItsFieldAndStoresNothing() throws Exception {
        ObjectNode bad = dossier("HS-2");
        bad.put("NgayHenTra", "2025-09-17 16:30");
        ((ObjectNode) bad.get("DinhDanhCHS").get(0)).put("SoDinhDanh", "02719500123");

        JsonNode answer = call(sync("False", dossier("HS-1"), bad));

        assertThat(answer.get("error_code").asText()).isEqualTo("2");
        assertThat(answer.get("message").asText()).contains("data[1].").contains(" / ");
        assertThat(answer.get("errors")).extracting(error -> error.get("index").asInt() + " " + error.get("MaHoSo").asText()
                        + " " + error.get("field").asText())
                .contains("1 HS-2 NgayHenTra", "1 HS-2 DinhDanhCHS[0].SoDinhDanh");
        assertThat(answer.toString()).doesNotContain("02719500123", "2025-09-17 16:30");
        assertThat(dossiers().get("count").asInt()).isZero();
    }

    @Test
    void refusesADateThatDoesNotExist() throws Exception {
        ObjectNode bad = dossier("HS-3");
        bad.put("NgayTiepNhan", "20250231083000");

        JsonNode answer = call(sync("False", bad));

        assertThat(answer.get("error_code").asText()).isEqualTo("2");
        assertThat(answer.get("errors").get(0).get("field").asText()).isEqualTo("NgayTiepNhan");
        assertThat(answer.get("errors").get(0).get("rule").asText()).isEqualTo("date");
    }

    @Test
    void refusesACallWithoutTheDotNetBooleanOrWithTooManyRecords() throws Exception {
        JsonNode notABoolean = call(sync("yes", dossier("HS-1")));
        ObjectNode[] six = new ObjectNode[6];
        for (int i = 0; i < six.length; i++) {
            six[i] = dossier("HS-" + i);
        }
        JsonNode tooMany = call(sync("False", six));

        assertThat(notABoolean.get("error_code").asText()).isEqualTo("2");
        assertThat(notABoolean.at("/errors/0/field").asText()).isEqualTo("isUpdating");
        assertThat(tooMany.get("error_code").asText()).isEqualTo("2");
        assertThat(tooMany.at("/errors/0/rule").asText()).isEqualTo("maxItems");
        assertThat(dossiers().get("count").asInt()).isZero();
    }

    // --- CapNhatTienDoHoSoMC and TraCuuHoSo

    @Test
    void storesProgressOfAHeldDossierInArrivalOrder() throws Exception {
        call(sync("False", dossier("HS-1")));

        JsonNode first = call(progress(step("HS-1", "Tiếp nhận hồ sơ"), step("HS-1", "Thẩm định hồ sơ")));
        JsonNode second = call(progress(step("HS-1", "Trình lãnh đạo Sở ký duyệt")));

        assertThat(first.get("error_code").asText()).isEqualTo("00");
        assertThat(second.get("error_code").asText()).isEqualTo("00");
        JsonNode held = dossierView("HS-1");
        assertThat(held.get("progressCount").asInt()).isEqualTo(3);
        assertThat(held.get("progress")).extracting(step -> step.get("NoiDungXuLy").asText())
                .containsExactly("Tiếp nhận hồ sơ", "Thẩm định hồ sơ", "Trình lãnh đạo Sở ký duyệt");
    }

    @Test
    void refusesProgressOfADossierItDoesNotHold() throws Exception {
        JsonNode answer = call(progress(step("HS-404", "Tiếp nhận hồ sơ")));

        assertThat(answer.get("error_code").asText()).isEqualTo("4");
    }

    @Test
    void refusesAnInvalidStepNamingItsField() throws Exception {
        call(sync("False", dossier("HS-1")));
        ObjectNode bad = step("HS-1", "Tiếp nhận hồ sơ");
        bad.put("TrangThai", "11");

        JsonNode answer = call(progress(bad));

        assertThat(answer.get("error_code").asText()).isEqualTo("2");
        assertThat(answer.at("/errors/0/field").asText()).isEqualTo("TrangThai");
        assertThat(dossierView("HS-1").get("progressCount").asInt()).isZero();
    }

    @Test
    void looksADossierUp() throws Exception {
        call(sync("False", dossier("HS-1")));

        JsonNode found = call(lookUp("HS-1"));
        JsonNode missing = call(lookUp("HS-404"));

        assertThat(found.get("error_code").asText()).isEqualTo("00");
        assertThat(found.get("result")).hasSize(1);
        assertThat(found.at("/result/0/MaHoSo").asText()).isEqualTo("HS-1");
        assertThat(found.at("/result/0/SoGiayToChuHoSo").asText()).isEqualTo(CCCD);
        assertThat(missing.get("result")).isEmpty();
    }

    // --- sessions

    @Test
    void answersTheSessionExpiredCodeOnceSessionsAreExpiredAndAcceptsANewLogin() throws Exception {
        HttpResponse<String> expire = send("POST", "/sandbox/api/dvcqg/sessions/expire", null);
        JsonNode refused = call(lookUp("HS-1"));
        session = login("hub", "hub-dvcqg-secret").get("session").asText();
        JsonNode accepted = call(lookUp("HS-1"));

        assertThat(expire.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(expire.body()).get("expired").asInt()).isPositive();
        assertThat(refused.get("error_code").asText()).isEqualTo("-2");
        assertThat(refused.get("message").asText()).contains("đăng nhập lại");
        assertThat(accepted.get("error_code").asText()).isEqualTo("00");
    }

    @Test
    void aSessionExpiresAfterItsTtl() throws Exception {
        ((AdjustableClock) clock).advance(Duration.ofMinutes(29));
        assertThat(call(lookUp("HS-1")).get("error_code").asText()).isEqualTo("00");

        ((AdjustableClock) clock).advance(Duration.ofMinutes(1));
        assertThat(call(lookUp("HS-1")).get("error_code").asText()).isEqualTo("-2");
    }

    @Test
    void refusesACallWithoutASessionOrWithAWrongUnitOrService() throws Exception {
        ObjectNode noSession = lookUp("HS-1");
        noSession.remove("session");
        ObjectNode badUnit = lookUp("HS-1");
        badUnit.put("madonvi", "Sở VHTTDL");
        ObjectNode unknown = lookUp("HS-1");
        unknown.put("service", "XoaHoSo");

        assertThat(call(noSession).get("error_code").asText()).isEqualTo("-2");
        assertThat(call(badUnit).get("error_code").asText()).isEqualTo("-1");
        JsonNode unknownAnswer = call(unknown);
        assertThat(unknownAnswer.get("error_code").asText()).isEqualTo("-1");
        assertThat(unknownAnswer.get("message").asText()).contains("XoaHoSo", "DongBoHoSoMC");
    }

    @Test
    void answersMalformedJsonWithAnHttpErrorWithoutQuotingIt() throws Exception {
        HttpResponse<String> answer = post("/dvcqg/service", "{\"session\":\"" + session + "\",\"SoDienThoai\":0912345678");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("error_code").asText()).isEqualTo("-1");
        assertThat(answer.body()).doesNotContain("0912345678");
    }

    // --- control API

    @Test
    void countsCallsByServiceAndAnswerAndForgetsEverythingOnReset() throws Exception {
        call(sync("False", dossier("HS-1")));
        call(sync("False", dossier("HS-1")));
        call(lookUp("HS-1"));

        JsonNode before = stats();
        HttpResponse<String> reset = send("DELETE", "/sandbox/api/dvcqg/dossiers", null);

        assertThat(before.at("/callsByService/DongBoHoSoMC").asInt()).isEqualTo(2);
        assertThat(before.at("/callsByService/TraCuuHoSo").asInt()).isEqualTo(1);
        assertThat(before.at("/answersByErrorCode/00").asInt()).isEqualTo(2);
        assertThat(before.at("/answersByErrorCode/3").asInt()).isEqualTo(1);
        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(dossiers().get("count").asInt()).isZero();
        assertThat(stats().get("callsByService")).isEmpty();
        assertThat(send("GET", "/sandbox/api/dvcqg/dossiers/HS-1", null).statusCode()).isEqualTo(404);
    }

    // --- helpers

    private ObjectNode base(String service) {
        ObjectNode call = JSON.createObjectNode();
        call.put("session", session);
        call.put("madonvi", UNIT);
        call.put("service", service);
        return call;
    }

    private ObjectNode sync(String isUpdating, ObjectNode... records) {
        ObjectNode call = base("DongBoHoSoMC");
        call.put("isUpdating", isUpdating);
        ArrayNode data = call.putArray("data");
        List.of(records).forEach(data::add);
        return call;
    }

    private ObjectNode progress(ObjectNode... steps) {
        ObjectNode call = base("CapNhatTienDoHoSoMC");
        ArrayNode data = call.putArray("data");
        List.of(steps).forEach(data::add);
        return call;
    }

    private ObjectNode lookUp(String code) {
        ObjectNode call = base("TraCuuHoSo");
        call.put("mahoso", code);
        return call;
    }

    private JsonNode login(String username, String password) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("username", username);
        body.put("password", password);
        HttpResponse<String> answer = post("/dvcqg/login", body.toString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** A service call: the portal answers 200 with an error_code for everything it understood. */
    private JsonNode call(ObjectNode body) throws Exception {
        HttpResponse<String> answer = post("/dvcqg/service", body.toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private JsonNode dossiers() throws Exception {
        return JSON.readTree(send("GET", "/sandbox/api/dvcqg/dossiers", null).body());
    }

    private JsonNode dossierView(String code) throws Exception {
        HttpResponse<String> answer = send("GET", "/sandbox/api/dvcqg/dossiers/" + code, null);
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private JsonNode stats() throws Exception {
        return JSON.readTree(send("GET", "/sandbox/api/dvcqg/stats", null).body());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(TIMEOUT);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
