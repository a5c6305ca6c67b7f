package vn.vhttdl.hub.datasets.tthc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vhttdl.hub.datasets.DatasetType;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.RecordValidator;
import vn.vhttdl.hub.schemas.SchemaCatalog;

/**
 * The demo one-stop database ({@code hub/src/main/resources/demo/mariadb/one-stop-dossiers.sql})
 * loads into H2's MariaDB mode, and read with the canonical queries exactly the dossiers and
 * steps its header lists are refused, each for the field it names, without quoting anyone's
 * personal data; every other one becomes a record the portal's schema accepts.
 *
 * <p>The queries here are those of {@code routes/sql/tthc-*.sql} without the watermark, in H2's
 * own spelling of {@code JSON_OBJECT} ({@code 'key': value}). The exchanges' MariaDB spelling runs
 * unchanged in H2's MariaDB mode too ({@code DemoExchangesTest}) and against a real MariaDB
 * ({@code DossierExchangeIT}).
 */
class OneStopSeedTest {

    private static final Path SEED = Path.of("..", "hub", "src", "main", "resources", "demo", "mariadb",
            "one-stop-dossiers.sql");

    private static final String DOSSIERS = """
            SELECT hs.ma_ho_so AS dossier_code, tt.ma_tthc AS procedure_code, tt.ten_thu_tuc AS procedure_name,
                   lv.ma_linh_vuc AS field_code, lv.ten_linh_vuc AS field_name, hs.kenh_nop AS channel,
                   hs.loai_chu_ho_so AS applicant_type, hs.chu_ho_so AS applicant_name,
                   hs.so_giay_to AS applicant_document_number, hs.ma_doi_tuong AS applicant_code, hs.email AS email,
                   hs.fax AS fax, hs.so_dien_thoai AS phone, hs.trich_yeu AS summary, hs.trang_thai AS status,
                   hs.ngay_nop AS submitted_at, hs.ngay_tiep_nhan AS received_at, hs.ngay_hen_tra AS due_at,
                   hs.ngay_tu_choi AS refused_at, hs.ngay_ket_thuc_xu_ly AS processing_ended_at,
                   hs.ngay_tra AS returned_at, hs.thong_tin_tra AS return_info, hs.nhan_kq_buu_chinh AS result_by_post,
                   hs.don_vi_xu_ly AS handling_unit, hs.ghi_chu AS note, hs.noi_nop AS submission_place,
                   hs.co_thanh_phan_so_hoa AS has_digitised_components, hs.xac_thuc_vneid AS vneid_verified,
                   hs.thanh_toan_truc_tuyen AS paid_online,
                   CASE WHEN hs.loai_giay_to IS NULL THEN NULL
                        ELSE JSON_ARRAY(JSON_OBJECT('type': hs.loai_giay_to, 'number': hs.so_giay_to)) END AS identifiers,
                   (SELECT JSON_ARRAYAGG(JSON_OBJECT('file_id': CONCAT('TL-', tl.id), 'file_name': tl.ten_tep,
                               'deleted': tl.da_xoa, 'component_code': tl.ma_thanh_phan, 'download_url': tl.duong_dan,
                               'digitised': tl.duoc_so_hoa, 'reusable': tl.duoc_tai_su_dung,
                               'from_national_store': tl.lay_tu_kho_dmqg, 'replaces_result_code': tl.ma_kq_thay_the)
                               ORDER BY tl.id)
                      FROM mc_tai_lieu_nop tl WHERE tl.ho_so_id = hs.id) AS submitted_documents,
                   (SELECT JSON_ARRAYAGG(JSON_OBJECT('code': lp.ma_phi, 'name': lp.ten_phi,
                               'kind': CAST(lp.loai_phi AS VARCHAR), 'collection_stage': lp.hinh_thuc_thu,
                               'amount': lp.so_tien) ORDER BY lp.id)
                      FROM mc_le_phi_ho_so lp WHERE lp.ho_so_id = hs.id) AS fees,
                   (SELECT JSON_ARRAYAGG(JSON_OBJECT('document_id': CONCAT('KQ-', kq.id), 'name': kq.ten_giay_to,
                               'component_code': kq.ma_thanh_phan, 'file_url': kq.duong_dan,
                               'result_code': kq.ma_giay_to_kq) ORDER BY kq.id)
                      FROM mc_giay_to_ket_qua kq WHERE kq.ho_so_id = hs.id) AS result_documents,
                   (SELECT JSON_ARRAYAGG(kn.ma_csdl ORDER BY kn.ma_csdl)
                      FROM mc_ket_noi_csdl kn WHERE kn.ho_so_id = hs.id) AS connected_databases,
                   hs.ngay_cap_nhat AS updated_at
              FROM mc_ho_so hs
              JOIN mc_thu_tuc tt ON tt.id = hs.thu_tuc_id
              JOIN mc_linh_vuc lv ON lv.ma_linh_vuc = tt.ma_linh_vuc
             ORDER BY hs.ngay_cap_nhat, hs.ma_ho_so""";

    private static final String STEPS = """
            SELECT CONCAT('TD-', LPAD(td.id, 6, '0')) AS step_id, hs.ma_ho_so AS dossier_code,
                   td.nguoi_xu_ly AS handler, td.chuc_danh AS handler_title, td.phong_ban AS department,
                   td.noi_dung AS content, td.trang_thai AS status, td.thoi_diem_xu_ly AS handled_at,
                   td.ngay_bat_dau AS started_at, td.han_xu_ly AS due_at, td.ngay_cap_nhat AS updated_at
              FROM mc_tien_do td JOIN mc_ho_so hs ON hs.id = td.ho_so_id
             ORDER BY td.ngay_cap_nhat, td.id""";

    private static final Map<String, String> INVALID_DOSSIERS = new TreeMap<>();
    private static final Map<String, String> INVALID_STEPS = new TreeMap<>();
    private static final List<Map<String, Object>> DOSSIER_ROWS = new ArrayList<>();
    private static final List<Map<String, Object>> STEP_ROWS = new ArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();

    private final RecordValidator validator = new RecordValidator();

    @BeforeAll
    static void loadTheSeedIntoH2(@TempDir Path temp) throws IOException, SQLException {
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        for (String line : lines) {
            String[] words = line.split(" ", 5);
            if (words.length >= 4 && words[0].equals("--") && words[1].equals("INVALID")) {
                INVALID_DOSSIERS.put(words[2], words[3]);
            }
            if (words.length >= 4 && words[0].equals("--") && words[1].equals("INVALID-STEP")) {
                INVALID_STEPS.put(words[2], words[3]);
            }
        }
        // the client's character set is MariaDB's business; H2 reads the file as UTF-8
        Path script = temp.resolve("one-stop.sql");
        Files.write(script, lines.stream().filter(line -> !line.startsWith("SET NAMES")).toList(), StandardCharsets.UTF_8);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:one-stop-" + System.nanoTime() + ";MODE=MariaDB");
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script.toString().replace("'", "''") + "' CHARSET 'UTF-8'");
            DOSSIER_ROWS.addAll(rows(statement, DOSSIERS));
            STEP_ROWS.addAll(rows(statement, STEPS));
        }
    }

    private static List<Map<String, Object>> rows(Statement statement, String query) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void holdsTwoHundredDossiersAndTheirStepsWithTheHeaderListingTheInvalidOnes() {
        assertThat(DOSSIER_ROWS).hasSize(200);
        assertThat(DOSSIER_ROWS).extracting(row -> row.get("DOSSIER_CODE")).doesNotHaveDuplicates();
        assertThat(STEP_ROWS).hasSizeGreaterThan(400);
        assertThat(INVALID_DOSSIERS).hasSize(13);
        assertThat(INVALID_STEPS).hasSize(2);
    }

    @Test
    void coversEveryStatusChannelAndApplicantTypeOfTheCodeLists() {
        Set<Object> statuses = DOSSIER_ROWS.stream().map(row -> String.valueOf(row.get("STATUS"))).collect(Collectors.toSet());
        Set<Object> channels = DOSSIER_ROWS.stream().map(row -> String.valueOf(row.get("CHANNEL"))).collect(Collectors.toSet());
        Set<Object> applicants = DOSSIER_ROWS.stream().map(row -> String.valueOf(row.get("APPLICANT_TYPE")))
                .collect(Collectors.toSet());

        assertThat(statuses).contains("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(channels).contains("1", "2", "3");
        assertThat(applicants).contains("1", "2", "3", "4");
    }

    @Test
    void refusesExactlyTheListedDossiersForTheListedFieldWithoutQuotingPersonalData() {
        Map<String, String> refused = refusals(new TthcDossierDataset(), DOSSIER_ROWS, "DOSSIER_CODE");

        assertThat(refused).isEqualTo(INVALID_DOSSIERS);
    }

    @Test
    void refusesExactlyTheListedSteps() {
        assertThat(refusals(new TthcDossierProgressDataset(), STEP_ROWS, "STEP_ID")).isEqualTo(INVALID_STEPS);
    }

    @Test
    void turnsEveryOtherDossierAndStepIntoARecordThePortalsSchemaAccepts() {
        assertThat(schemaViolations(new TthcDossierDataset(), DOSSIER_ROWS, "dvcqg/dong-bo-ho-so/v1", INVALID_DOSSIERS))
                .isEqualTo(DOSSIER_ROWS.size() - INVALID_DOSSIERS.size());
        assertThat(schemaViolations(new TthcDossierProgressDataset(), STEP_ROWS, "dvcqg/cap-nhat-tien-do/v1", INVALID_STEPS))
                .isEqualTo(STEP_ROWS.size() - INVALID_STEPS.size());
    }

    /** @return key → the one refused field, for every refused row; fails if a refusal quotes the row's personal data */
    private <R> Map<String, String> refusals(DatasetType<R> dataset, List<Map<String, Object>> rows, String keyColumn) {
        Map<String, String> refused = new TreeMap<>();
        for (Map<String, Object> row : rows) {
            RecordReport report = new RecordReport();
            R record = dataset.fromRow(row, report);
            validator.validateInto(record, report);
            if (!report.hasErrors()) {
                continue;
            }
            Set<String> fields = new TreeSet<>();
            for (FieldError error : report.errors()) {
                fields.add(error.field());
                for (String personal : personalValues(row)) {
                    assertThat(error.message()).as("refusal of %s", row.get(keyColumn)).doesNotContain(personal);
                }
            }
            refused.put(String.valueOf(row.get(keyColumn)), String.join(",", fields));
        }
        return refused;
    }

    private <R> int schemaViolations(DatasetType<R> dataset, List<Map<String, Object>> rows, String format,
            Map<String, String> invalid) {
        int valid = 0;
        for (Map<String, Object> row : rows) {
            RecordReport report = new RecordReport();
            R record = dataset.fromRow(row, report);
            validator.validateInto(record, report);
            String key = dataset.keyOf(record);
            if (invalid.containsKey(key)) {
                continue;
            }
            ObjectNode payload = JSON.createObjectNode();
            payload.put("sourceKey", key);
            payload.put("idempotencyKey", "0".repeat(64));
            payload.setAll((ObjectNode) JSON.valueToTree(dataset.toFormat(format, record)));
            assertThat(SCHEMAS.validate(format, payload)).as(key).isEmpty();
            valid++;
        }
        return valid;
    }

    private static List<String> personalValues(Map<String, Object> row) {
        List<String> values = new ArrayList<>();
        for (String column : List.of("APPLICANT_DOCUMENT_NUMBER", "PHONE", "EMAIL")) {
            Object value = row.get(column);
            if (value != null && value.toString().length() >= 6) {
                values.add(value.toString());
            }
        }
        return values;
    }
}
