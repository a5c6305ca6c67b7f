package vn.vhttdl.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vhttdl.hub.HubApplication;
import vn.vhttdl.hub.connectors.dvcqg.DvcqgClient;
import vn.vhttdl.hub.connectors.dvcqg.DvcqgSettings;
import vn.vhttdl.hub.testing.HubTestEnvironment;
import vn.vhttdl.hub.testing.HubWithSandbox;
import vn.vhttdl.hub.testing.PostgresDatabases;
import vn.vhttdl.hub.testing.SandboxProcess;

/**
 * TTHC dossiers from the one-stop system's MariaDB to the national public service portal (the
 * sandbox's DVCQG, its own JVM), as an administrator and a ministry officer see it: what the
 * portal holds (its control API and TraCuuHoSo), the run's counts and rejects, the audit, and
 * the hub's own log output.
 */
@ExtendWith(OutputCaptureExtension.class)
// the hub's own code at its most talkative: not even debug lines may carry personal data (set
// here, not in the dynamic properties, because logging is configured before those are added)
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.vn.vhttdl.hub=DEBUG")
class DossierExchangeIT extends HubWithSandbox {

    static final String DOSSIERS = "dossiers-to-dvcqg";
    static final String PROGRESS = "dossier-progress-to-dvcqg";
    static final String MARIADB = System.getProperty("it.mariadb.host", "127.0.0.1:3306");
    static final String SOURCE_DB = "it_dvcqg_one_stop";
    static final String MADONVI = "000.07.24.H05";
    static final ClassPathResource SEED = new ClassPathResource("demo/mariadb/one-stop-dossiers.sql");
    static final int CHUNK = 10;

    static Path routesDir;
    /** The dossiers the seed breaks on purpose (its header), MaHoSo → the refused field. */
    static Map<String, String> invalidInSeed;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) throws Exception {
        String storeUrl = PostgresDatabases.recreate("it_dvcqg_store");
        sandbox = SandboxProcess.start();
        routesDir = Files.createTempDirectory("routes");
        for (String exchange : List.of(DOSSIERS, PROGRESS)) {
            // the same definitions, without their schedule: only the test starts runs here
            String yaml = Files.readString(HubTestEnvironment.repositoryRoutes().resolve(exchange + ".yaml"));
            Files.writeString(routesDir.resolve(exchange + ".yaml"), yaml.replaceAll("(?m)^schedule:.*$", ""));
        }
        for (String sql : List.of("tthc-dossiers.sql", "tthc-dossier-progress.sql")) {
            HubTestEnvironment.copyRoute(routesDir, "sql/" + sql);
        }
        invalidInSeed = invalidDossiersOfTheSeed();

        HubTestEnvironment.register(registry, storeUrl, storeUrl, routesDir, sandbox);
        registry.add("hub.datasources.one-stop.url", () -> "jdbc:mariadb://" + MARIADB + "/" + SOURCE_DB);
        registry.add("hub.datasources.one-stop.username", () -> "root");
        registry.add("hub.datasources.one-stop.password", () -> "");
        registry.add("hub.datasources.one-stop.fetch-size", () -> "50");
        registry.add("hub.connectors.dvcqg.type", () -> "dvcqg");
        registry.add("hub.connectors.dvcqg.base-url", sandbox::baseUrl);
        registry.add("hub.connectors.dvcqg.timeout", () -> "10s");
        registry.add("hub.connectors.dvcqg.auth.type", () -> "dvcqg-session");
        registry.add("hub.connectors.dvcqg.auth.username", () -> "hub");
        registry.add("hub.connectors.dvcqg.auth.password", () -> "hub-dvcqg-secret");
        registry.add("hub.connectors.dvcqg.portal.madonvi", () -> MADONVI);
        registry.add("hub.connectors.dvcqg.portal.chunk-size", () -> String.valueOf(CHUNK));
        registry.add("hub.connectors.dvcqg.retry.attempts", () -> "2");
        registry.add("hub.connectors.dvcqg.retry.initial-delay", () -> "100ms");
    }

    @AfterAll
    static void dropOneStopDatabase() throws SQLException {
        try (Connection admin = mariadb(""); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SOURCE_DB);
        }
    }

    /** Every test starts from the seeded one-stop database, an empty ledger and a portal that holds nothing. */
    @BeforeEach
    void freshState() throws Exception {
        try (Connection admin = mariadb(""); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SOURCE_DB);
            statement.execute("CREATE DATABASE " + SOURCE_DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try (Connection source = mariadb(SOURCE_DB)) {
            ScriptUtils.executeSqlScript(source, new EncodedResource(SEED, StandardCharsets.UTF_8));
        }
        HubTestEnvironment.forgetDeliveries(hubStore);
        sandbox.delete("/sandbox/api/dvcqg/dossiers");
    }

    @Test
    void dossiersFromMariaDbAreAddedAndAChangedOneIsSentAsAnUpdate(CapturedOutput output) throws Exception {
        JsonNode first = api.awaitSettled(api.startRun(DOSSIERS, ""));

        JsonNode counts = first.path("counts");
        assertThat(first.path("status").asText()).isEqualTo("PARTIAL");
        assertThat(counts.path("read").asLong()).isEqualTo(200);
        assertThat(counts.path("invalid").asLong()).isEqualTo(invalidInSeed.size());
        assertThat(counts.path("delivered").asLong()).isEqualTo(200 - invalidInSeed.size());
        assertThat(counts.path("deadLettered").asLong()).isZero();
        assertThat(first.path("reconciled").asBoolean()).isTrue();

        JsonNode held = portalDossiers();
        assertThat(held.path("count").asInt()).isEqualTo(200 - invalidInSeed.size());
        Set<String> codes = new HashSet<>();
        held.path("dossiers").forEach(dossier -> {
            codes.add(dossier.path("MaHoSo").asText());
            assertThat(dossier.path("adds").asInt()).isEqualTo(1);
            assertThat(dossier.path("updates").asInt()).isZero();
            // the hub's own keys are not the portal's
            assertThat(dossier.path("record").has("sourceKey")).isFalse();
        });
        assertThat(codes).doesNotContainAnyElementsOf(invalidInSeed.keySet());
        // 187 dossiers in batches of 50, each sent in chunks of ten: nothing the portal refused
        JsonNode stats = portalStats();
        assertThat(stats.path("callsByService").path("DongBoHoSoMC").asInt()).isEqualTo(5 + 5 + 5 + 4);
        assertThat(stats.path("answersByErrorCode").path("3").asInt()).isZero();

        String changed = validDossierCodes().get(7);
        try (Connection source = mariadb(SOURCE_DB); Statement statement = source.createStatement()) {
            statement.executeUpdate("UPDATE mc_ho_so SET trich_yeu = CONCAT(trich_yeu, ' (đã bổ sung giấy tờ)'), "
                    + "ngay_cap_nhat = '2026-01-15 01:00:00' WHERE ma_ho_so = '" + changed + "'");
        }
        JsonNode second = api.awaitSettled(api.startRun(DOSSIERS, ""));
        assertThat(second.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(second.path("counts").path("read").asLong()).isEqualTo(1);
        assertThat(second.path("counts").path("delivered").asLong()).isEqualTo(1);

        JsonNode dossier = api.parse(sandbox.get("/sandbox/api/dvcqg/dossiers/" + changed));
        assertThat(dossier.path("adds").asInt()).isEqualTo(1);
        assertThat(dossier.path("updates").asInt()).isEqualTo(1);
        // the add was answered "đã tồn tại" (3), then the update went through
        JsonNode after = portalStats();
        assertThat(after.path("answersByErrorCode").path("3").asInt()).isEqualTo(1);
        assertThat(after.path("callsByService").path("DongBoHoSoMC").asInt()).isEqualTo(19 + 2);
        // what a ministry officer reads back from the portal with TraCuuHoSo
        JsonNode lookedUp = portalLookUp(changed);
        assertThat(lookedUp.path("TrichYeuHoSo").asText()).endsWith("(đã bổ sung giấy tờ)");
        assertThat(lookedUp.path("NgayHenTra").asText()).matches("\\d{14}|");
        // the source keeps UTC; the portal gets yyyyMMddHHmmss in Vietnam's time, "" for none
        assertThat(lookedUp.path("NgayTiepNhan").asText()).isEqualTo(text("SELECT COALESCE(DATE_FORMAT("
                + "ngay_tiep_nhan + INTERVAL 7 HOUR, '%Y%m%d%H%i%s'), '') FROM mc_ho_so WHERE ma_ho_so = '" + changed + "'"));

        assertNoPersonalData(output.getAll(), first.path("runId").asText());
        assertNoPersonalData(output.getAll(), second.path("runId").asText());
        assertThat(output.getAll()).contains("DongBoHoSoMC"); // the check above looked at the run's log lines
    }

    @Test
    void anExpiredSessionIsRenewedExactlyOnce() throws Exception {
        api.awaitSettled(api.startRun(DOSSIERS, "")); // the hub now holds a session
        JsonNode before = portalStats();
        sandbox.post("/sandbox/api/dvcqg/sessions/expire", "{}");

        // every dossier again: some forty calls, the first of which meets the expired session
        JsonNode full = api.awaitSettled(api.startRun(DOSSIERS, "?full=true"));

        JsonNode after = portalStats();
        assertThat(full.path("counts").path("delivered").asLong()).isEqualTo(200 - invalidInSeed.size());
        assertThat(full.path("counts").path("deadLettered").asLong()).isZero();
        assertThat(after.path("logins").asInt() - before.path("logins").asInt()).isEqualTo(1);
        assertThat(after.path("refusedSessions").asInt() - before.path("refusedSessions").asInt()).isEqualTo(1);
        portalDossiers().path("dossiers").forEach(dossier -> {
            assertThat(dossier.path("adds").asInt()).isEqualTo(1);
            assertThat(dossier.path("updates").asInt()).isEqualTo(1);
        });
    }

    @Test
    void aWrongDateFormatInTheSourceIsRejectedBeforeSendingWithTheFieldNamed() throws Exception {
        String victim = validDossierCodes().get(3);
        try (Connection source = mariadb(SOURCE_DB); Statement statement = source.createStatement()) {
            statement.executeUpdate("UPDATE mc_ho_so SET ngay_hen_tra = '15/08/2025 17:00' WHERE ma_ho_so = '" + victim + "'");
        }

        JsonNode run = api.awaitSettled(api.startRun(DOSSIERS, ""));

        assertThat(run.path("counts").path("invalid").asLong()).isEqualTo(invalidInSeed.size() + 1);
        assertThat(run.path("reconciled").asBoolean()).isTrue();
        JsonNode rejects = api.get("/api/runs/" + run.path("runId").asText() + "/rejects");
        Map<String, String> fieldByKey = new HashMap<>();
        rejects.forEach(reject -> {
            fieldByKey.merge(reject.path("key").asText(), reject.path("field").asText(), (a, b) -> a + "," + b);
            assertThat(reject.path("reason").asText()).contains(" / ");
        });
        assertThat(fieldByKey).containsEntry(victim, "dueAt");
        assertThat(fieldByKey).containsAllEntriesOf(invalidInSeed);
        // nothing of the refused dossiers reached the portal, and the portal refused nothing
        for (String refused : fieldByKey.keySet()) {
            assertThat(sandbox.status("/sandbox/api/dvcqg/dossiers/" + refused)).as(refused).isEqualTo(404);
        }
        assertThat(portalStats().path("answersByErrorCode").size()).isEqualTo(1);
    }

    @Test
    void progressStepsFollowTheirDossiersInChunksOfTen(CapturedOutput output) throws Exception {
        // the desk fixes a refused dossier before its steps can go: here, its steps wait in the source
        try (Connection source = mariadb(SOURCE_DB); Statement statement = source.createStatement()) {
            statement.executeUpdate("DELETE td FROM mc_tien_do td JOIN mc_ho_so hs ON hs.id = td.ho_so_id WHERE hs.ma_ho_so IN ('"
                    + String.join("','", invalidInSeed.keySet()) + "')");
        }
        api.awaitSettled(api.startRun(DOSSIERS, ""));
        long steps = count("SELECT COUNT(*) FROM mc_tien_do");

        JsonNode run = api.awaitSettled(api.startRun(PROGRESS, ""));

        JsonNode counts = run.path("counts");
        long enqueued = counts.path("enqueued").asLong();
        assertThat(counts.path("read").asLong()).isEqualTo(steps);
        assertThat(counts.path("read").asLong()).isEqualTo(counts.path("invalid").asLong()
                + counts.path("skippedUnchanged").asLong() + enqueued);
        assertThat(counts.path("delivered").asLong()).isEqualTo(enqueued);
        assertThat(counts.path("deadLettered").asLong()).isZero();
        assertThat(run.path("reconciled").asBoolean()).isTrue();

        long received = 0;
        for (JsonNode dossier : portalDossiers().path("dossiers")) {
            received += dossier.path("progressCount").asInt();
        }
        assertThat(received).isEqualTo(enqueued);
        // batches of ten steps (the exchange's batch-size), each pushed as one call of ten
        long expectedCalls = (enqueued + CHUNK - 1) / CHUNK;
        assertThat(portalStats().path("callsByService").path("CapNhatTienDoHoSoMC").asLong()).isEqualTo(expectedCalls);

        // the steps of one dossier arrive in the order they were taken
        String code = text("SELECT hs.ma_ho_so FROM mc_tien_do td JOIN mc_ho_so hs ON hs.id = td.ho_so_id "
                + "GROUP BY hs.ma_ho_so ORDER BY COUNT(*) DESC, hs.ma_ho_so LIMIT 1");
        List<String> sourceOrder = new ArrayList<>();
        try (Connection source = mariadb(SOURCE_DB); Statement statement = source.createStatement();
                ResultSet rs = statement.executeQuery("SELECT td.noi_dung FROM mc_tien_do td JOIN mc_ho_so hs ON hs.id = td.ho_so_id "
                        + "WHERE hs.ma_ho_so = '" + code + "' AND td.trang_thai BETWEEN 1 AND 10 AND td.nguoi_xu_ly IS NOT NULL "
                        + "ORDER BY td.ngay_cap_nhat, td.id")) {
            while (rs.next()) {
                sourceOrder.add(rs.getString(1));
            }
        }
        List<String> portalOrder = new ArrayList<>();
        api.parse(sandbox.get("/sandbox/api/dvcqg/dossiers/" + code)).path("progress")
                .forEach(step -> portalOrder.add(step.path("NoiDungXuLy").asText()));
        assertThat(portalOrder).isNotEmpty().isEqualTo(sourceOrder);

        assertNoPersonalData(output.getAll(), run.path("runId").asText());
    }

    /** Neither the hub's log output nor the run's audit trail holds an e-mail, phone or ID number of the source. */
    private void assertNoPersonalData(String log, String runId) throws Exception {
        List<String> personal = new ArrayList<>();
        try (Connection source = mariadb(SOURCE_DB); Statement statement = source.createStatement();
                ResultSet rs = statement.executeQuery("SELECT email, so_dien_thoai, so_giay_to FROM mc_ho_so")) {
            while (rs.next()) {
                for (int i = 1; i <= 3; i++) {
                    String value = rs.getString(i);
                    if (value != null && value.length() >= 6) {
                        personal.add(value);
                        personal.add(value.replaceAll("[ .]", "")); // the same number, unspaced
                    }
                }
            }
        }
        assertThat(personal).hasSizeGreaterThan(300);
        String audit = api.call("GET", "/api/audit?runId=" + runId).body();
        String rejects = api.call("GET", "/api/runs/" + runId + "/rejects").body();
        assertThat(audit).contains(runId);
        for (String value : personal) {
            assertThat(log).as("hub log").doesNotContain(value);
            assertThat(audit).as("audit").doesNotContain(value);
            assertThat(rejects).as("rejects").doesNotContain(value);
        }
    }

    private JsonNode portalDossiers() throws Exception {
        return api.parse(sandbox.get("/sandbox/api/dvcqg/dossiers"));
    }

    private JsonNode portalStats() throws Exception {
        return api.parse(sandbox.get("/sandbox/api/dvcqg/stats"));
    }

    /** TraCuuHoSo, as another client of the portal would call it. */
    private JsonNode portalLookUp(String code) {
        DvcqgClient officer = new DvcqgClient(DvcqgSettings.of(URI.create(sandbox.baseUrl()), "hub", "hub-dvcqg-secret", MADONVI));
        return officer.lookUpDossier(code).orElseThrow(() -> new AssertionError(code + " is not on the portal"));
    }

    /** @return MaHoSo of the seed's valid dossiers, in code order */
    private static List<String> validDossierCodes() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection source = mariadb(SOURCE_DB); Statement statement = source.createStatement();
                ResultSet rs = statement.executeQuery("SELECT ma_ho_so FROM mc_ho_so ORDER BY ma_ho_so")) {
            while (rs.next()) {
                if (!invalidInSeed.containsKey(rs.getString(1))) {
                    codes.add(rs.getString(1));
                }
            }
        }
        return codes;
    }

    private static String text(String sql) throws SQLException {
        try (Connection source = mariadb(SOURCE_DB); Statement statement = source.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection source = mariadb(SOURCE_DB); Statement statement = source.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, String> invalidDossiersOfTheSeed() throws Exception {
        Map<String, String> invalid = new HashMap<>();
        Matcher line = Pattern.compile("(?m)^-- INVALID (\\S+) (\\S+) ").matcher(SEED.getContentAsString(StandardCharsets.UTF_8));
        while (line.find()) {
            invalid.put(line.group(1), line.group(2));
        }
        assertThat(invalid).hasSize(13);
        return invalid;
    }

    private static Connection mariadb(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + MARIADB + "/" + database, "root", "");
    }
}
