package vn.vhttdl.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import vn.vhttdl.hub.HubApplication;
import vn.vhttdl.hub.testing.HubTestEnvironment;
import vn.vhttdl.hub.testing.HubWithSandbox;
import vn.vhttdl.hub.testing.PostgresDatabases;
import vn.vhttdl.hub.testing.SandboxProcess;

/**
 * Spreadsheets a unit drops in the hub's inbox, delivered to the sandbox LGSP as accommodation
 * records: bad rows are quarantined with file and row while the others arrive, read files end in
 * {@code processed/}, and a file that cannot be read at all ends in {@code failed/} with its reason.
 */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FileDropExchangeIT extends HubWithSandbox {

    static final String EXCHANGE = "accommodations-from-spreadsheets";
    static final String RECEIVER = "/vhttdl/1.0/co-so-luu-tru";
    static final String HEADER = "Mã cơ sở,Tên cơ sở,Loại hình,Hạng sao,Số QĐ công nhận,Số buồng,Mã số doanh nghiệp,Mã xã,Tên xã,"
            + "Địa chỉ,Vĩ độ,Kinh độ,Ngày cập nhật";

    static Path inbox;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) throws Exception {
        String storeUrl = PostgresDatabases.recreate("it_sources_file_store");
        sandbox = SandboxProcess.start();
        Path routesDir = Files.createTempDirectory("routes");
        inbox = Files.createTempDirectory("inbox");
        Files.writeString(routesDir.resolve(EXCHANGE + ".yaml"), """
                id: accommodations-from-spreadsheets
                title: Cơ sở lưu trú (bảng tính của phòng quản lý lưu trú)
                dataset: tourism-accommodation
                source:
                  type: file
                  inbox: accommodation-unit
                  key: id
                  fields:
                    id: Mã cơ sở
                    name: Tên cơ sở
                    accommodation_type: Loại hình
                    star_grade: Hạng sao
                    grade_decision: Số QĐ công nhận
                    rooms: Số buồng
                    licence_number: Mã số doanh nghiệp
                    commune_code: Mã xã
                    commune_name: Tên xã
                    address: Địa chỉ
                    latitude: Vĩ độ
                    longitude: Kinh độ
                    updated_at: Ngày cập nhật
                target:
                  connector: lgsp
                  path: /vhttdl/1.0/co-so-luu-tru
                  format: ministry/tourism-accommodation/v1
                  batch-size: 4
                """);
        HubTestEnvironment.register(registry, storeUrl, storeUrl, routesDir, sandbox);
        registry.add("hub.connectors.lgsp.retry.initial-delay", () -> "100ms");
        registry.add("hub.file-sources.accommodation-unit.folder", inbox::toString);
        registry.add("hub.file-sources.accommodation-unit.max-file-size", () -> "64KB");
    }

    @BeforeEach
    void freshState() throws Exception {
        hubStore.update("DELETE FROM delivery_ledger");
        clearSandboxReceiversAndFaults();
        try (Stream<Path> files = Files.list(inbox)) {
            for (Path file : files.toList()) {
                FileSystemUtils.deleteRecursively(file);
            }
        }
    }

    /** A valid accommodation row of the unit's spreadsheet, as CSV. */
    private static String row(int n) {
        return String.format("LT-%03d,Khách sạn Sông Cầu %d,Khách sạn,3 sao,701/QĐ-SVHTTDL,%d,23932089%02d,07288,Xã Yên Thế,"
                + "\"Số %d đường Ngô Gia Tự, tổ 3\",21.194080,106.797084,2025-11-20 08:%02d:00", n, n, 20 + n, n, n, n);
    }

    @Test
    void aCsvWithTwoBadRowsDeliversTheRestAndReportsTheTwoByFileAndRow() throws Exception {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (int n = 1; n <= 10; n++) {
            String line = row(n);
            if (n == 3) {
                line = "LT-003,Khách sạn thiếu cột,Khách sạn"; // a row cut short: the wrong number of columns
            } else if (n == 7) {
                line = line.replace(",27,", ",bảy mươi,"); // rooms is not a number
            }
            csv.append(line).append("\r\n");
        }
        Files.writeString(inbox.resolve("co-so-luu-tru-2025-11.csv"), csv, StandardCharsets.UTF_8);

        JsonNode run = api.awaitSettled(api.startRun(EXCHANGE, ""));

        assertThat(run.path("status").asText()).isEqualTo("PARTIAL");
        assertThat(run.path("counts").path("read").asLong()).isEqualTo(10);
        assertThat(run.path("counts").path("invalid").asLong()).isEqualTo(2);
        assertThat(run.path("counts").path("delivered").asLong()).isEqualTo(8);
        assertThat(run.path("reconciled").asBoolean()).isTrue();
        assertThat(receivedKeys()).containsExactlyInAnyOrder("LT-001", "LT-002", "LT-004", "LT-005", "LT-006", "LT-008",
                "LT-009", "LT-010");
        // the text of a quoted cell, comma included, and the Vietnamese letters arrive as written
        assertThat(recordOf("LT-001").path("diaChi").asText()).isEqualTo("Số 1 đường Ngô Gia Tự, tổ 3");

        Map<String, JsonNode> rejects = rejectsByKey(run);
        // the header is row 1, so the third data row is row 4
        assertThat(rejects).containsOnlyKeys("co-so-luu-tru-2025-11.csv:4", "co-so-luu-tru-2025-11.csv:8");
        assertThat(rejects.get("co-so-luu-tru-2025-11.csv:4").path("field").asText()).isEqualTo("row");
        assertThat(rejects.get("co-so-luu-tru-2025-11.csv:4").path("reason").asText())
                .contains("Dòng 4", "3 cột", "Row 4", "the header has 13");
        assertThat(rejects.get("co-so-luu-tru-2025-11.csv:8").path("field").asText()).isEqualTo("rooms");
        assertThat(rejects.get("co-so-luu-tru-2025-11.csv:8").path("reason").asText()).contains("bảy mươi", " / ");

        assertThat(inbox.resolve("processed/co-so-luu-tru-2025-11.csv")).exists();
        assertThat(inbox.resolve("co-so-luu-tru-2025-11.csv")).doesNotExist();

        // read once: the next run finds nothing to read
        assertThat(api.awaitSettled(api.startRun(EXCHANGE, "")).path("counts").path("read").asLong()).isZero();
    }

    @Test
    void anXlsxWorkbookLikewise() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Cơ sở lưu trú");
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            String[] header = HEADER.split(",");
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            for (int n = 21; n <= 26; n++) {
                Row row = sheet.createRow(n - 20);
                row.createCell(0).setCellValue(String.format("LT-%03d", n));
                row.createCell(1).setCellValue("Nhà nghỉ Kinh Bắc " + n);
                row.createCell(2).setCellValue("Nhà nghỉ du lịch");
                row.createCell(5).setCellValue(8 + n); // a number cell, as spreadsheets hold counts
                row.createCell(6).setCellValue(String.format("24852286%02d", n));
                row.createCell(7).setCellValue("07696");
                row.createCell(8).setCellValue("Phường Tiền Phong");
                row.createCell(9).setCellValue("Số " + n + " đường Lê Lợi");
                row.createCell(10).setCellValue(21.542615);
                row.createCell(11).setCellValue(106.441948);
                row.createCell(12).setCellValue(LocalDateTime.of(2025, 11, 21, 9, n));
                row.getCell(12).setCellStyle(dateTime);
                if (n == 23) {
                    row.getCell(5).setCellErrorValue(FormulaError.VALUE.getCode()); // a broken formula
                }
                if (n == 25) {
                    row.createCell(14).setCellValue("ô thừa ngoài bảng"); // a value right of the header
                }
            }
            try (OutputStream out = Files.newOutputStream(inbox.resolve("nha-nghi.xlsx"))) {
                workbook.write(out);
            }
        }

        JsonNode run = api.awaitSettled(api.startRun(EXCHANGE, ""));

        assertThat(run.path("status").asText()).isEqualTo("PARTIAL");
        assertThat(run.path("counts").path("delivered").asLong()).isEqualTo(4);
        assertThat(receivedKeys()).containsExactlyInAnyOrder("LT-021", "LT-022", "LT-024", "LT-026");
        assertThat(recordOf("LT-021").path("soBuong").asInt()).isEqualTo(29);
        assertThat(recordOf("LT-021").path("viDo").decimalValue()).isEqualByComparingTo("21.542615");
        assertThat(recordOf("LT-021").path("ngayCapNhat").asText()).startsWith("2025-11-21T16:21:00");
        Map<String, JsonNode> rejects = rejectsByKey(run);
        assertThat(rejects).containsOnlyKeys("nha-nghi.xlsx:4", "nha-nghi.xlsx:6");
        assertThat(rejects.get("nha-nghi.xlsx:4").path("field").asText()).isEqualTo("rooms");
        assertThat(rejects.get("nha-nghi.xlsx:4").path("reason").asText()).contains("#VALUE!");
        assertThat(rejects.get("nha-nghi.xlsx:6").path("field").asText()).isEqualTo("row");
        assertThat(inbox.resolve("processed/nha-nghi.xlsx")).exists();
    }

    @Test
    void anUnreadableFileGoesToFailedWithItsReasonAndTheOtherFileStillRuns() throws Exception {
        Files.writeString(inbox.resolve("a-wrong-header.csv"), HEADER.replace("Mã cơ sở", "Mã CSLT") + "\n" + row(31) + "\n",
                StandardCharsets.UTF_8);
        Files.write(inbox.resolve("b-legacy-encoding.csv"), (HEADER + "\n" + row(32) + "\n").getBytes(Charset.forName("windows-1258")));
        Files.writeString(inbox.resolve("c-good.csv"), HEADER + "\n" + row(33) + "\n" + row(34) + "\n", StandardCharsets.UTF_8);

        JsonNode run = api.awaitSettled(api.startRun(EXCHANGE, ""));

        assertThat(run.path("counts").path("delivered").asLong()).isEqualTo(2);
        assertThat(receivedKeys()).containsExactlyInAnyOrder("LT-033", "LT-034");
        assertThat(inbox.resolve("processed/c-good.csv")).exists();
        assertThat(inbox.resolve("failed/a-wrong-header.csv")).exists();
        assertThat(Files.readString(inbox.resolve("failed/a-wrong-header.csv.error.txt")))
                .contains("Dòng tiêu đề thiếu cột 'Mã cơ sở'").contains("The header row lacks column(s) 'Mã cơ sở'");
        assertThat(inbox.resolve("failed/b-legacy-encoding.csv")).exists();
        assertThat(Files.readString(inbox.resolve("failed/b-legacy-encoding.csv.error.txt"))).contains("UTF-8");
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left.filter(Files::isRegularFile).toList()).isEmpty();
        }
        // the operator sees the refused files in the run's rejects too
        Map<String, JsonNode> rejects = rejectsByKey(run);
        assertThat(rejects).containsOnlyKeys("a-wrong-header.csv", "b-legacy-encoding.csv");
        assertThat(rejects.get("a-wrong-header.csv").path("field").asText()).isEqualTo("file");
    }

    private List<String> receivedKeys() throws Exception {
        JsonNode received = api.parse(sandbox.get("/sandbox/api/received?path=" + RECEIVER));
        List<String> keys = new java.util.ArrayList<>();
        received.path("records").forEach(r -> keys.add(r.path("sourceKey").asText()));
        return keys;
    }

    private JsonNode recordOf(String key) throws Exception {
        JsonNode received = api.parse(sandbox.get("/sandbox/api/received?path=" + RECEIVER));
        for (JsonNode r : received.path("records")) {
            if (r.path("sourceKey").asText().equals(key)) {
                return r.path("record");
            }
        }
        throw new AssertionError(key + " was not received");
    }

    private Map<String, JsonNode> rejectsByKey(JsonNode run) throws Exception {
        Map<String, JsonNode> byKey = new HashMap<>();
        api.get("/api/runs/" + run.path("runId").asText() + "/rejects").forEach(r -> byKey.put(r.path("key").asText(), r));
        return byKey;
    }
}
