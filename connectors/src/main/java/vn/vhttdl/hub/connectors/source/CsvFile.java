package vn.vhttdl.hub.connectors.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV in UTF-8, with or without the byte-order mark Excel writes ("CSV UTF-8"), read with Apache
 * Commons CSV (quoted fields, embedded separators and line breaks). Text in another encoding is
 * refused as a whole rather than read as mojibake: a legacy file is saved again as UTF-8.
 */
final class CsvFile implements TabularFile {

    private static final char BOM = '\uFEFF';

    private final CSVFormat format;

    CsvFile(char delimiter) {
        this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    }

    @Override
    public void read(Path file, RowVisitor visitor, List<String> header) throws UnreadableFileException {
        try (Reader reader = strictUtf8(file); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            boolean first = true;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (first) {
                    first = false;
                    header.addAll(cells);
                    continue;
                }
                visitor.row(record.getRecordNumber(), cells);
            }
            if (first) {
                throw new UnreadableFileException("Tệp rỗng, không có dòng tiêu đề", "The file is empty: no header row", null);
            }
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static UnreadableFileException unreadable(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return new UnreadableFileException("Tệp không phải văn bản UTF-8 (hãy lưu lại dạng \"CSV UTF-8\")",
                        "The file is not UTF-8 text (save it again as \"CSV UTF-8\")", e);
            }
        }
        // Commons CSV names the line of a broken quote; nothing of the content is quoted
        return new UnreadableFileException("Không đọc được tệp CSV: " + e.getMessage(), "Cannot read the CSV file: " + e.getMessage(), e);
    }

    /** A reader that fails on any byte sequence that is not UTF-8, past a leading byte-order mark. */
    private static Reader strictUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        InputStream in = Files.newInputStream(file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
        reader.mark(1);
        int first = reader.read();
        if (first != BOM && first != -1) {
            reader.reset();
        }
        return reader;
    }
}
