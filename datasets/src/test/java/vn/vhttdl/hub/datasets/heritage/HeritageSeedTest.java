package vn.vhttdl.hub.datasets.heritage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.RecordValidator;

/**
 * The demo seed of the hub ({@code hub/src/main/resources/demo/heritage-source.sql}) loads into
 * H2 as it is, and row by row exactly the invalid rows its header lists are refused, for the
 * field it names; every other row, TCVN3 and NFD ones included, becomes a record the ministry
 * schema accepts.
 */
class HeritageSeedTest {

    private static final Path SEED = Path.of("..", "hub", "src", "main", "resources", "demo", "heritage-source.sql");

    /** The query an exchange would run: the source's columns renamed to the canonical ones. */
    private static final String QUERY = """
            SELECT ma_di_tich AS id, ten_di_tich AS name, cap_xep_hang AS ranking_level,
                   loai_hinh AS heritage_type, so_quyet_dinh AS ranking_decision, ma_xa AS commune_code,
                   ten_xa AS commune_name, dia_chi AS address, vi_do AS latitude, kinh_do AS longitude,
                   mo_ta AS description, ngay_cap_nhat AS updated_at
            FROM dt_di_tich ORDER BY ma_di_tich""";

    /** Characters TCVN3 text is made of; none may survive repair. */
    private static final String TCVN3_SIGNS = "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾ÆÇÈËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øûüþ";

    private static final Map<String, String> INVALID_FIELD_BY_ID = new TreeMap<>();
    private static final Map<String, String> TCVN3_NAME_BY_ID = new TreeMap<>();
    private static final Map<String, String> NFD_NAME_BY_ID = new TreeMap<>();
    private static final List<Map<String, Object>> ROWS = new ArrayList<>();

    private final HeritageSiteDataset dataset = new HeritageSiteDataset();
    private final RecordValidator validator = new RecordValidator();

    @BeforeAll
    static void loadTheSeedIntoH2() throws IOException, SQLException {
        for (String line : Files.readAllLines(SEED, StandardCharsets.UTF_8)) {
            String[] words = line.split(" ", 5);
            if (words.length >= 4 && words[0].equals("--")) {
                switch (words[1]) {
                    case "INVALID" -> INVALID_FIELD_BY_ID.put(words[2], words[3]);
                    case "TCVN3" -> TCVN3_NAME_BY_ID.put(words[2], line.substring(line.indexOf(words[2]) + words[2].length() + 1));
                    case "NFD" -> NFD_NAME_BY_ID.put(words[2], line.substring(line.indexOf(words[2]) + words[2].length() + 1));
                    default -> {
                        // an ordinary comment
                    }
                }
            }
        }
        String script = SEED.toAbsolutePath().normalize().toString().replace("'", "''");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:heritage-seed-" + System.nanoTime());
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script + "' CHARSET 'UTF-8'");
            try (ResultSet rows = statement.executeQuery(QUERY)) {
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        // H2 answers in capitals (ID, NAME): the dataset must not care
                        row.put(meta.getColumnLabel(i), rows.getObject(i));
                    }
                    ROWS.add(row);
                }
            }
        }
    }

    @Test
    void theHeaderListsTwelveInvalidRowsAndTenOfEachLegacyForm() {
        assertThat(INVALID_FIELD_BY_ID).hasSize(12);
        assertThat(TCVN3_NAME_BY_ID).hasSize(10);
        assertThat(NFD_NAME_BY_ID).hasSize(10);
    }

    @Test
    void holdsAtLeast320RowsWithDistinctIdsAndUpdateTimes() {
        assertThat(ROWS).hasSizeGreaterThanOrEqualTo(320);
        assertThat(ROWS).extracting(row -> row.get("ID")).doesNotHaveDuplicates();
        assertThat(ROWS).extracting(row -> row.get("UPDATED_AT")).doesNotHaveDuplicates()
                .allSatisfy(time -> assertThat(((Timestamp) time).toLocalDateTime().getYear()).isBetween(2019, 2025));
    }

    @Test
    void refusesExactlyTheListedRowsForTheListedField() {
        Map<String, Set<String>> refused = new TreeMap<>();
        for (Map<String, Object> row : ROWS) {
            RecordReport report = new RecordReport();
            HeritageSite site = dataset.fromRow(row, report);
            validator.validateInto(site, report);
            if (report.hasErrors()) {
                Set<String> fields = new TreeSet<>();
                report.errors().stream().map(FieldError::field).forEach(fields::add);
                refused.put(site.id(), fields);
            }
        }

        Map<String, Set<String>> expected = new TreeMap<>();
        INVALID_FIELD_BY_ID.forEach((id, field) -> expected.put(id, Set.of(field)));
        assertThat(refused).isEqualTo(expected);
    }

    @Test
    void turnsEveryOtherRowIntoARecordTheMinistrySchemaAccepts() {
        int valid = 0;
        for (Map<String, Object> row : ROWS) {
            RecordReport report = new RecordReport();
            HeritageSite site = dataset.fromRow(row, report);
            validator.validateInto(site, report);
            if (INVALID_FIELD_BY_ID.containsKey(site.id())) {
                continue;
            }
            Map<String, Object> payload = dataset.toFormat("ministry/heritage-site/v1", site);

            assertThat(HeritageSiteDatasetTest.schemaViolations(payload)).as(site.id()).isEmpty();
            assertThat(site.provinceCode()).isEqualTo("24");
            if (site.latitude() != null) {
                assertThat(site.latitude().doubleValue()).as(site.id()).isBetween(21.0, 21.6);
                assertThat(site.longitude().doubleValue()).as(site.id()).isBetween(105.9, 106.9);
            }
            valid++;
        }
        assertThat(valid).isEqualTo(ROWS.size() - 12);
    }

    @Test
    void repairsTheTcvn3RowsCompletely() {
        Map<String, String> names = new TreeMap<>();
        for (Map<String, Object> row : rowsWithIds(TCVN3_NAME_BY_ID.keySet())) {
            RecordReport report = new RecordReport();
            HeritageSite site = dataset.fromRow(row, report);

            validator.validateInto(site, report);

            names.put(site.id(), site.name());
            assertThat(report.repairedFieldNames()).as(site.id())
                    .contains("name", "communeName", "address", "description");
            assertThat(report.errors()).as(site.id()).isEmpty();
        }
        assertThat(names).isEqualTo(TCVN3_NAME_BY_ID);
    }

    @Test
    void leavesNoTraceOfTcvn3InAnyTextOfThoseRows() {
        for (Map<String, Object> row : rowsWithIds(TCVN3_NAME_BY_ID.keySet())) {
            HeritageSite site = dataset.fromRow(row, new RecordReport());
            for (String text : allTexts(site)) {
                assertThat(text.chars().filter(c -> TCVN3_SIGNS.indexOf(c) >= 0).count())
                        .as("%s: %s", site.id(), text).isZero();
            }
        }
    }

    @Test
    void composesTheNfdRows() {
        Map<String, String> names = new TreeMap<>();
        for (Map<String, Object> row : rowsWithIds(NFD_NAME_BY_ID.keySet())) {
            RecordReport report = new RecordReport();
            HeritageSite site = dataset.fromRow(row, report);

            names.put(site.id(), site.name());
            assertThat(report.repairedFieldNames()).as(site.id()).contains("name");
            for (String text : allTexts(site)) {
                assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(text).isTrue();
            }
        }
        assertThat(names).isEqualTo(NFD_NAME_BY_ID);
        assertThat(rowsWithIds(NFD_NAME_BY_ID.keySet())).allSatisfy(row -> assertThat(
                Normalizer.isNormalized((String) row.get("NAME"), Normalizer.Form.NFC)).isFalse());
    }

    @Test
    void readsTheTimestampColumnAsUtc() {
        Map<String, Object> first = ROWS.get(0);
        HeritageSite site = dataset.fromRow(first, new RecordReport());

        assertThat(site.updatedAt()).isEqualTo(
                ((Timestamp) first.get("UPDATED_AT")).toLocalDateTime().toInstant(ZoneOffset.UTC));
    }

    private static List<Map<String, Object>> rowsWithIds(Set<String> ids) {
        List<Map<String, Object>> found = ROWS.stream().filter(row -> ids.contains(row.get("ID"))).toList();
        assertThat(found).hasSize(ids.size());
        return found;
    }

    private static List<String> allTexts(HeritageSite site) {
        List<String> texts = new ArrayList<>();
        for (String text : new String[] {site.name(), site.rankingDecision(), site.communeName(), site.address(),
            site.description()}) {
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    @Test
    void usesOnlyCommunesOfProvince24InTheirNewFiveDigitForm() {
        Set<String> codes = new HashSet<>();
        Map<String, String> nameByCode = new HashMap<>();
        for (Map<String, Object> row : ROWS) {
            HeritageSite site = dataset.fromRow(row, new RecordReport());
            if (INVALID_FIELD_BY_ID.containsKey(site.id())) {
                continue;
            }
            codes.add(site.communeCode());
            String before = nameByCode.putIfAbsent(site.communeCode(), site.communeName());
            assertThat(before == null || before.equals(site.communeName())).as(site.communeCode()).isTrue();
        }
        // Bắc Ninh's new communes are numbered 07210–07870 (former Bắc Giang) and 09169–09529 (former Bắc Ninh)
        assertThat(codes).allSatisfy(code -> assertThat(code).matches("07[2-8][0-9]{2}|09[1-5][0-9]{2}"));
        assertThat(codes.size()).isGreaterThan(60);
    }
}
