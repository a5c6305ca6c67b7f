package vn.vhttdl.hub.connectors.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, read with Apache POI's streaming SAX reader: rows are
 * handed on as they are parsed, never as a whole workbook in memory. POI's {@link ZipSecureFile}
 * refuses zip bombs (an entry that inflates more than 100 times, or past 512 MB) and its SAX
 * parser refuses DTDs and external entities.
 *
 * <p>Cells are read as their values, not as Excel shows them: numbers in full
 * ({@code 21.542615}, not {@code 21.54}), dates as ISO 8601. An error cell ({@code #VALUE!}) is
 * reported as {@link #ERROR_PREFIX} and its text.
 */
final class XlsxFile implements TabularFile {

    /** What {@link XSSFSheetXMLHandler} writes for an error cell. */
    static final String ERROR_PREFIX = "ERROR:";

    private static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    private static final double MIN_INFLATE_RATIO = 0.01;

    static {
        // POI's limits are global: set once, to the same values whoever asks
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    @Override
    public void read(Path file, RowVisitor visitor, List<String> header) throws UnreadableFileException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("Bảng tính không có trang nào", "The workbook has no sheet", null);
            }
            RowCollector rows = new RowCollector(visitor, header);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new ValueFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            if (header.isEmpty()) {
                throw new UnreadableFileException("Trang tính đầu tiên rỗng, không có dòng tiêu đề",
                        "The first sheet is empty: no header row", null);
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new UnreadableFileException("Tệp không phải bảng tính XLSX", "The file is not an XLSX workbook", e);
        } catch (IOException | OpenXML4JException | SAXException | org.apache.poi.ooxml.POIXMLException e) {
            // POI reports a zip bomb as an IOException naming the ratio or size that was passed
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new UnreadableFileException("Không đọc được bảng tính XLSX: " + why, "Cannot read the XLSX workbook: " + why, e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No secure SAX parser", e);
        }
    }

    /** Collects the cells of each row by column, fills the gaps of empty cells, and hands the row on. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowVisitor visitor;
        private final List<String> header;
        private final List<String> cells = new ArrayList<>();
        private boolean headerSeen;

        RowCollector(RowVisitor visitor, List<String> header) {
            this.visitor = visitor;
            this.header = header;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return; // a blank row in the middle of a sheet is layout, not a record
            }
            if (!headerSeen) {
                headerSeen = true;
                header.addAll(cells.stream().map(c -> c == null ? "" : c).toList());
                return;
            }
            visitor.row(rowNum + 1L, List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList()));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(formattedValue);
        }
    }

    /** Numbers in full and dates in ISO 8601, whatever format the cell is shown in. */
    private static final class ValueFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value);
                return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate().toString()
                        : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time.withNano(0));
            }
            return NumberToTextConverter.toText(value);
        }
    }
}
