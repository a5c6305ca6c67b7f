package vn.vhttdl.hub.connectors.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.vhttdl.hub.connectors.dvcqg.PortalStub.dossier;
import static vn.vhttdl.hub.connectors.dvcqg.PortalStub.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The DVCQG client against a scripted portal on loopback, over real HTTP. */
class DvcqgClientIT {

    private final DvcqgErrorClassifier classifier = new DvcqgErrorClassifier();
    private PortalStub portal;
    private DvcqgClient client;

    @BeforeEach
    void start() throws Exception {
        portal = new PortalStub();
        client = new DvcqgClient(portal.settings());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private static List<String> dossierCodes(JsonNode call) {
        List<String> codes = new ArrayList<>();
        call.path("data").forEach(record -> codes.add(record.path("MaHoSo").asText()));
        return codes;
    }

    private static String describe(JsonNode call) {
        return call.path("service").asText() + " " + call.path("isUpdating").asText() + " " + dossierCodes(call);
    }

    @Test
    void addsNewDossiersAndResendsThoseThePortalHoldsAsUpdates() {
        portal.existing.add("HS-B");

        DossierSyncReport report = client.syncDossiers(List.of(dossier("HS-A"), dossier("HS-B"), dossier("HS-C")));

        assertThat(report.added()).containsExactly("HS-A", "HS-C");
        assertThat(report.updated()).containsExactly("HS-B");
        assertThat(report.calls()).isEqualTo(5);
        assertThat(portal.calls()).extracting(DvcqgClientIT::describe).containsExactly(
                "DongBoHoSoMC False [HS-A, HS-B, HS-C]",
                "DongBoHoSoMC False [HS-A]",
                "DongBoHoSoMC False [HS-B]",
                "DongBoHoSoMC True [HS-B]",
                "DongBoHoSoMC False [HS-C]");
    }

    @Test
    void everyCallCarriesSessionUnitAndServiceButNotTheHubsKeys() {
        client.syncDossiers(List.of(dossier("HS-A")));

        JsonNode call = portal.calls().get(0);
        assertThat(call.path("session").asText()).isEqualTo("session-1");
        assertThat(call.path("madonvi").asText()).isEqualTo("000.07.24.H05");
        assertThat(call.path("service").asText()).isEqualTo("DongBoHoSoMC");
        assertThat(call.path("isUpdating").asText()).isEqualTo("False");
        JsonNode record = call.path("data").get(0);
        assertThat(record.has("sourceKey")).isFalse();
        assertThat(record.has("idempotencyKey")).isFalse();
        assertThat(record.path("SoGiayToChuHoSo").asText()).isEqualTo("027195001234");
    }

    @Test
    void updatesAtOnceASingleDossierThePortalSaysExistsWithANumericMinusThree() {
        portal.answers = (request, n) -> "False".equals(request.path("isUpdating").asText())
                ? PortalStub.Reply.json("{\"error_code\":-3,\"message\":\"Đã tồn tại hồ sơ\"}")
                : PortalStub.Reply.json("{\"error_code\":0}");

        DossierSyncReport report = client.syncDossiers(List.of(dossier("HS-A")));

        assertThat(report.updated()).containsExactly("HS-A");
        assertThat(portal.calls()).extracting(DvcqgClientIT::describe)
                .containsExactly("DongBoHoSoMC False [HS-A]", "DongBoHoSoMC True [HS-A]");
    }

    @ParameterizedTest(name = "error_code {0} is success")
    @ValueSource(strings = {"\"00\"", "\"0\"", "0"})
    void acceptsEverySpellingOfSuccess(String code) {
        portal.answers = (request, n) -> PortalStub.Reply.json("{\"error_code\":" + code + "}");

        assertThat(client.syncDossiers(List.of(dossier("HS-A"))).added()).containsExactly("HS-A");
    }

    @Test
    void neverTakesTheWordsOfTheMessageForTheOutcome() {
        portal.answers = (request, n) -> PortalStub.Reply.json("{\"error_code\":\"7\",\"message\":\"Cập nhật thành công\"}");

        DvcqgRejectedException refused = catchThrowableOfType(() -> client.syncDossiers(List.of(dossier("HS-A"))),
                DvcqgRejectedException.class);

        assertThat(refused.errorCode()).isEqualTo("7");
        assertThat(refused.dossierCodes()).containsExactly("HS-A");
        assertThat(classifier.isRetriable(refused)).isFalse();
    }

    @Test
    void anUpdateOfADossierThePortalLostIsAPermanentRefusal() {
        portal.answers = (request, n) -> "False".equals(request.path("isUpdating").asText())
                ? PortalStub.Reply.json("{\"error_code\":\"3\",\"message\":\"Hồ sơ đã tồn tại\"}")
                : null; // the default: "4", the dossier does not exist

        DvcqgRejectedException refused = catchThrowableOfType(() -> client.syncDossiers(List.of(dossier("HS-A"))),
                DvcqgRejectedException.class);

        assertThat(refused.errorCode()).isEqualTo("4");
        assertThat(refused).hasMessageContaining("Hồ sơ không tồn tại").hasMessageContaining("HS-A");
        assertThat(classifier.isRetriable(refused)).isFalse();
    }

    @Test
    void logsInOnceAndKeepsTheSession() {
        client.syncDossiers(List.of(dossier("HS-A")));
        client.pushProgress(List.of(step("HS-A", 1)));
        client.lookUpDossier("HS-A");

        assertThat(portal.logins()).isEqualTo(1);
        assertThat(client.logins()).isEqualTo(1);
        assertThat(portal.calls()).extracting(call -> call.path("session").asText()).containsOnly("session-1");
    }

    @Test
    void logsInAgainOnceWhenThePortalSaysTheSessionExpired() {
        client.pushProgress(List.of(step("HS-A", 1)));
        portal.expireAllSessions();

        ProgressReport report = client.pushProgress(List.of(step("HS-A", 2)));

        assertThat(report.records()).isEqualTo(1);
        assertThat(portal.logins()).isEqualTo(2);
        assertThat(portal.calls()).extracting(call -> call.path("session").asText())
                .containsExactly("session-1", "session-1", "session-2");
    }

    @Test
    void aPortalThatRefusesEverySessionGetsOneNewLoginPerCallNotAStorm() {
        portal.refuseEverySession = true;

        DvcqgSessionExpiredException refused = catchThrowableOfType(() -> client.pushProgress(List.of(step("HS-A", 1))),
                DvcqgSessionExpiredException.class);

        assertThat(refused).hasMessageContaining("-2");
        assertThat(portal.logins()).isEqualTo(2);
        assertThat(portal.calls()).hasSize(2);
        assertThat(classifier.isRetriable(refused)).isTrue();
    }

    @Test
    void manyCallsThatFindTheSessionExpiredAtOnceCauseOneNewLogin() throws Exception {
        int callers = 8;
        client.pushProgress(List.of(step("HS-0", 0)));
        portal.expireAllSessions();
        CountDownLatch allRefused = new CountDownLatch(callers);
        // every caller gets its refusal only when all have sent with the stale session
        portal.onRefusedSession = () -> {
            allRefused.countDown();
            try {
                allRefused.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<ProgressReport>> results = new ArrayList<>();
            for (int i = 1; i <= callers; i++) {
                int n = i;
                results.add(pool.submit(() -> client.pushProgress(List.of(step("HS-" + n, n)))));
            }
            for (Future<ProgressReport> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).records()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(allRefused.getCount()).isZero();
        assertThat(portal.logins()).isEqualTo(2);
        assertThat(portal.calls()).hasSize(1 + 2 * callers);
    }

    @Test
    void pushesProgressInChunksOfTenInOrder() {
        List<ObjectNode> steps = IntStream.rangeClosed(1, 23).mapToObj(n -> step("HS-A", n)).toList();

        ProgressReport report = client.pushProgress(steps);

        assertThat(report).isEqualTo(new ProgressReport(23, 3));
        List<JsonNode> calls = portal.calls();
        assertThat(calls).extracting(call -> call.path("service").asText()).containsOnly("CapNhatTienDoHoSoMC");
        assertThat(calls).extracting(call -> call.path("data").size()).containsExactly(10, 10, 3);
        List<String> sent = new ArrayList<>();
        calls.forEach(call -> call.path("data").forEach(record -> sent.add(record.path("NoiDungXuLy").asText())));
        assertThat(sent).containsExactlyElementsOf(IntStream.rangeClosed(1, 23).mapToObj(n -> "Bước " + n).toList());
    }

    @Test
    void sendsDossiersInChunksOfTheConfiguredSize() {
        client = new DvcqgClient(portal.settings().withChunkSize(2));

        DossierSyncReport report = client.syncDossiers(List.of(dossier("A"), dossier("B"), dossier("C")));

        assertThat(report.added()).containsExactly("A", "B", "C");
        assertThat(portal.calls()).extracting(call -> call.path("data").size()).containsExactly(2, 1);
    }

    @Test
    void aChunkThatFailsSaysHowManyWereAccepted() {
        portal.answers = (request, n) -> n == 2 ? new PortalStub.Reply(503, "Service Unavailable") : null;
        List<ObjectNode> steps = IntStream.rangeClosed(1, 25).mapToObj(n -> step("HS-A", n)).toList();

        DvcqgPartialDeliveryException failure = catchThrowableOfType(() -> client.pushProgress(steps),
                DvcqgPartialDeliveryException.class);

        assertThat(failure.chunksDelivered()).isEqualTo(1);
        assertThat(failure.chunks()).isEqualTo(3);
        assertThat(failure).hasMessageContaining("chunk 2 of 3").hasMessageContaining("HTTP 503");
        assertThat(classifier.isRetriable(failure)).isTrue();
        assertThat(portal.calls()).hasSize(2);
    }

    @ParameterizedTest(name = "HTTP {0} retriable: {1}")
    @org.junit.jupiter.params.provider.CsvSource({"503,true", "502,true", "429,true", "400,false", "404,false"})
    void classifiesTheHttpErrorsOfTheAdapter(int status, boolean retriable) {
        portal.answers = (request, n) -> new PortalStub.Reply(status, "<html>error</html>");

        DvcqgTransportException failure = catchThrowableOfType(() -> client.syncDossiers(List.of(dossier("HS-A"))),
                DvcqgTransportException.class);

        assertThat(failure.status()).isEqualTo(status);
        assertThat(classifier.isRetriable(failure)).isEqualTo(retriable);
    }

    @Test
    void aTimeoutIsRetriable() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        portal.answers = (request, n) -> {
            release.await(30, TimeUnit.SECONDS);
            return null;
        };
        client = new DvcqgClient(portal.settings().withTimeout(Duration.ofMillis(300)));
        try {
            DvcqgTransportException failure = catchThrowableOfType(() -> client.pushProgress(List.of(step("HS-A", 1))),
                    DvcqgTransportException.class);

            assertThat(failure.status()).isEqualTo(DvcqgTransportException.NO_ANSWER);
            assertThat(failure).hasCauseInstanceOf(HttpTimeoutException.class);
            assertThat(classifier.isRetriable(failure)).isTrue();
        } finally {
            release.countDown();
        }
    }

    @Test
    void aPortalThatIsNotThereIsRetriable() throws Exception {
        int unused;
        try (ServerSocket socket = new ServerSocket(0)) {
            unused = socket.getLocalPort();
        }
        client = new DvcqgClient(DvcqgSettings.of(URI.create("http://127.0.0.1:" + unused), "u", "p", "000.07.24.H05")
                .withTimeout(Duration.ofSeconds(2)));

        DvcqgTransportException failure = catchThrowableOfType(() -> client.syncDossiers(List.of(dossier("HS-A"))),
                DvcqgTransportException.class);

        assertThat(failure.service()).isEqualTo("login");
        assertThat(classifier.isRetriable(failure)).isTrue();
    }

    @Test
    void aRefusedLoginIsPermanentAndNeverQuotesThePassword() {
        client = new DvcqgClient(DvcqgSettings.of(portal.baseUrl(), PortalStub.USERNAME, "sai-mat-khau-123", "000.07.24.H05")
                .withPaths("/login", "/service"));

        DvcqgLoginException refused = catchThrowableOfType(() -> client.syncDossiers(List.of(dossier("HS-A"))),
                DvcqgLoginException.class);

        assertThat(refused.errorCode()).isEqualTo("1");
        assertThat(refused).hasMessageContaining(PortalStub.USERNAME).hasMessageNotContaining("sai-mat-khau-123");
        assertThat(classifier.isRetriable(refused)).isFalse();
        assertThat(portal.calls()).isEmpty();
    }

    @Test
    void anAnswerThatIsNotThePortalsJsonIsAProtocolFailure() {
        portal.answers = (request, n) -> PortalStub.Reply.json("<html>Đăng nhập lại 027195001234</html>");

        DvcqgProtocolException failure = catchThrowableOfType(() -> client.syncDossiers(List.of(dossier("HS-A"))),
                DvcqgProtocolException.class);

        assertThat(failure).hasMessageContaining("not JSON").hasMessageNotContaining("027195001234");
        assertThat(classifier.isRetriable(failure)).isFalse();
    }

    @Test
    void masksPersonalDataThePortalQuotesInItsMessage() {
        portal.answers = (request, n) -> PortalStub.Reply.json(
                "{\"error_code\":\"2\",\"message\":\"SoGiayToChuHoSo 027195001234 không khớp CSDL dân cư\"}");

        assertThatThrownBy(() -> client.syncDossiers(List.of(dossier("HS-A"))))
                .isInstanceOf(DvcqgRejectedException.class)
                .hasMessageContaining("**********34")
                .hasMessageNotContaining("027195001234");
    }

    @Test
    void looksADossierUp() {
        portal.answers = (request, n) -> "HS-A".equals(request.path("mahoso").asText())
                ? PortalStub.Reply.json("{\"error_code\":\"0\",\"result\":[{\"MaHoSo\":\"HS-A\",\"TrangThaiHoSo\":\"4\"}]}")
                : PortalStub.Reply.json("{\"error_code\":\"0\",\"result\":[]}");

        assertThat(client.lookUpDossier("HS-A")).hasValueSatisfying(
                record -> assertThat(record.path("TrangThaiHoSo").asText()).isEqualTo("4"));
        assertThat(client.lookUpDossier("HS-Z")).isEmpty();
        assertThat(portal.calls()).extracting(call -> call.path("service").asText()).containsOnly("TraCuuHoSo");
    }
}
