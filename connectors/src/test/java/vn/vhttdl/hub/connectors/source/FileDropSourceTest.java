package vn.vhttdl.hub.connectors.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vhttdl.hub.datasets.FieldError;

class FileDropSourceTest {

    private static final Map<String, String> FIELDS = Map.of("id", "Mã cơ sở", "name", "Tên cơ sở", "rooms", "Số buồng",
            "updated_at", "Ngày cập nhật");

    @TempDir
    Path folder;

    private FileInbox inbox;
    private final List<String> rows = new ArrayList<>();
    private final Map<String, List<FieldError>> unreadable = new LinkedHashMap<>();
    private final RecordSink sink = new RecordSink() {
        @Override
        public void row(Map<String, Object> row, String origin) {
            rows.add(origin + " " + row.get("id") + " " + row.get("name") + " " + row.get("rooms") + " " + row.get("updated_at"));
        }

        @Override
        public void unreadable(String origin, List<FieldError> errors) {
            unreadable.put(origin, errors);
        }
    };

    @BeforeEach
    void inbox() throws IOException {
        Path in = Files.createDirectories(folder.resolve("inbox"));
        inbox = new FileInbox("units", in, folder.resolve("processed"), folder.resolve("failed"), 64 * 1024, ',');
    }

    private FileDropSource source() {
        return new FileDropSource(inbox, FIELDS, "id", Clock.systemUTC());
    }

    @Test
    void readsUtf8CsvWithABomAndQuarantinesRowsOfTheWrongWidth() throws IOException {
        String csv = "\uFEFFMã cơ sở,Tên cơ sở,Số buồng,Ngày cập nhật,Ghi chú\r\n"
                + "CS-1,\"Khách sạn Sông Cầu, Bắc Giang\",12,2025-11-20 08:00:00,\r\n"
                + "CS-2,Nhà nghỉ Lim,8\r\n"
                + "CS-3,Homestay Đông Hồ,mười,2025-11-20 08:00:00,\"ghi chú\nhai dòng\"\r\n";
        Files.writeString(inbox.folder().resolve("a.csv"), csv, StandardCharsets.UTF_8);

        FileDropSource source = source();
        source.stream(null, sink);

        assertThat(rows).containsExactly("a.csv:2 CS-1 Khách sạn Sông Cầu, Bắc Giang 12 2025-11-20 08:00:00",
                "a.csv:4 CS-3 Homestay Đông Hồ mười 2025-11-20 08:00:00");
        assertThat(unreadable).containsOnlyKeys("a.csv:3");
        assertThat(unreadable.get("a.csv:3").get(0).message()).contains("Dòng 3", "3 cột", "Row 3", "has 3 columns, the header has 5");
        assertThat(inbox.folder().resolve("a.csv")).exists(); // moved only once the run has enqueued it

        source.commit();
        assertThat(inbox.folder().resolve("a.csv")).doesNotExist();
        assertThat(inbox.processed().resolve("a.csv")).exists();
    }

    @Test
    void refusesAsAWholeAFileNotInUtf8OneTooBigAndOneWithoutTheColumnsNeeded() throws IOException {
        Files.write(inbox.folder().resolve("b-legacy.csv"), "Mã cơ sở,Tên cơ sở,Số buồng,Ngày cập nhật\nCS-9,Khách sạn Hà Nội,5,2025-01-01\n"
                .getBytes(Charset.forName("windows-1258")));
        Files.writeString(inbox.folder().resolve("c-big.csv"), "x".repeat(70 * 1024));
        Files.writeString(inbox.folder().resolve("d-header.csv"), "Mã,Tên cơ sở,Số buồng,Ngày cập nhật\nCS-1,A,1,2025-01-01\n");
        Files.writeString(inbox.folder().resolve("e-notes.txt"), "hello");
        Files.writeString(inbox.folder().resolve("f-copying.csv.part"), "Mã cơ sở");

        FileDropSource source = source();
        source.stream(null, sink);
        source.commit();

        assertThat(rows).isEmpty();
        assertThat(unreadable).containsOnlyKeys("b-legacy.csv", "c-big.csv", "d-header.csv", "e-notes.txt");
        assertThat(unreadable.get("b-legacy.csv").get(0).message()).contains("UTF-8");
        assertThat(unreadable.get("c-big.csv").get(0).message()).contains("over the limit");
        assertThat(unreadable.get("d-header.csv").get(0).message()).contains("thiếu cột 'Mã cơ sở'", "lacks column(s) 'Mã cơ sở'");
        assertThat(Files.readString(inbox.failed().resolve("d-header.csv.error.txt"))).contains("Mã cơ sở").contains("\n");
        assertThat(inbox.failed().resolve("b-legacy.csv")).exists();
        assertThat(inbox.folder().resolve("f-copying.csv.part")).exists();
    }

    @Test
    void readsTheFirstSheetOfAnXlsxByValueAndQuarantinesAnErrorCell() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Cơ sở");
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.00"));
            Row header = sheet.createRow(0);
            String[] names = {"Ngày cập nhật", "Mã cơ sở", "Tên cơ sở", "Số buồng"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue(LocalDateTime.of(2025, 11, 20, 8, 30, 15));
            first.getCell(0).setCellStyle(dates);
            first.createCell(1).setCellValue("CS-1");
            first.createCell(2).setCellValue("Khách sạn Kinh Bắc");
            first.createCell(3).setCellValue(120.125);
            first.getCell(3).setCellStyle(twoDecimals);
            Row broken = sheet.createRow(3); // row 3 of the sheet is left blank
            broken.createCell(1).setCellValue("CS-2");
            broken.createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
            try (OutputStream out = Files.newOutputStream(inbox.folder().resolve("g.xlsx"))) {
                workbook.write(out);
            }
        }

        source().stream(null, sink);

        assertThat(rows).containsExactly("g.xlsx:2 CS-1 Khách sạn Kinh Bắc 120.125 2025-11-20T08:30:15");
        assertThat(unreadable).containsOnlyKeys("g.xlsx:4");
        assertThat(unreadable.get("g.xlsx:4").get(0).field()).isEqualTo("rooms");
        assertThat(unreadable.get("g.xlsx:4").get(0).message()).contains("#DIV/0!");
    }

    @Test
    void refusesAZipBombWorkbook() throws IOException {
        inbox = new FileInbox("units", inbox.folder(), inbox.processed(), inbox.failed(), 10 * 1024 * 1024, ',');
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mã cơ sở");
            // 30 MB of the same letter compress a thousand times: what a zip bomb does
            for (int r = 1; r < 200; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 5; c++) {
                    row.createCell(c).setCellValue("a".repeat(32_000) + r + "-" + c);
                }
            }
            try (OutputStream out = Files.newOutputStream(inbox.folder().resolve("bomb.xlsx"))) {
                workbook.write(out);
            }
        }
        assertThat(Files.size(inbox.folder().resolve("bomb.xlsx"))).isLessThan(1024 * 1024);

        source().stream(null, sink);

        assertThat(rows).isEmpty();
        assertThat(unreadable).containsOnlyKeys("bomb.xlsx");
        assertThat(unreadable.get("bomb.xlsx").get(0).message()).contains("XLSX").containsIgnoringCase("zip bomb");
    }
}
