package vn.vhttdl.hub.connectors.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vhttdl.hub.datasets.FieldError;

/**
 * Spreadsheets (CSV, XLSX) dropped in an inbox folder: each file is read once, in name order,
 * and moved when the run has enqueued what it read — to {@code processed/}, or to
 * {@code failed/} with a {@code <file>.error.txt} giving the reason in Vietnamese and English
 * when the file as a whole cannot be read (too big, not UTF-8, not a workbook, a header without
 * the columns the exchange needs). A bad row does not stop its file: it is quarantined with
 * {@code <file>:<row>} as its key, and the other rows go through.
 *
 * <p>The header row names the columns; the exchange's {@code fields} maps canonical column names
 * to header texts (compared without regard to case, surrounding spaces or Unicode composition),
 * or, without {@code fields}, the headers are the canonical names themselves.
 */
public final class FileDropSource implements RecordSource {

    private static final Logger LOG = LoggerFactory.getLogger(FileDropSource.class);

    private final FileInbox inbox;
    private final Map<String, String> fields;
    private final String keyColumn;
    private final Clock clock;
    private final List<Path> read = new ArrayList<>();
    private final Map<Path, UnreadableFileException> refused = new LinkedHashMap<>();

    /**
     * @param fields    canonical column → header text; empty when the headers are canonical names
     * @param keyColumn the record key column, which a file must have
     */
    public FileDropSource(FileInbox inbox, Map<String, String> fields, String keyColumn, Clock clock) {
        this.inbox = inbox;
        this.fields = Map.copyOf(fields);
        this.keyColumn = keyColumn;
        this.clock = clock;
    }

    /** Files are read once whatever their time: {@code since} does not apply. */
    @Override
    public void stream(Instant since, RecordSink sink) {
        read.clear();
        refused.clear();
        for (Path file : waitingFiles()) {
            String name = file.getFileName().toString();
            try {
                readFile(file, name, sink);
                read.add(file);
            } catch (UnreadableFileException e) {
                LOG.warn("File source {}: {} refused: {}", inbox.name(), name, e.reasonEn());
                refused.put(file, e);
                sink.unreadable(name, List.of(new FieldError("file", "Tệp " + name + ": " + e.reasonVi(),
                        "File " + name + ": " + e.reasonEn())));
            }
        }
    }

    /** Moves what this run read to {@code processed/} and what it refused to {@code failed/}. */
    @Override
    public void commit() {
        try {
            Files.createDirectories(inbox.processed());
            Files.createDirectories(inbox.failed());
            for (Path file : read) {
                Path moved = moveInto(file, inbox.processed());
                LOG.info("File source {}: {} processed, moved to {}", inbox.name(), file.getFileName(), moved);
            }
            for (Map.Entry<Path, UnreadableFileException> entry : refused.entrySet()) {
                Path moved = moveInto(entry.getKey(), inbox.failed());
                UnreadableFileException reason = entry.getValue();
                Files.writeString(moved.resolveSibling(moved.getFileName() + ".error.txt"),
                        reason.reasonVi() + "\n" + reason.reasonEn() + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new SourceReadException("Không chuyển được tệp đã đọc khỏi thư mục nhận " + inbox.folder()
                    + " / cannot move the files read out of the inbox " + inbox.folder() + ": " + e.getMessage(), e);
        } finally {
            read.clear();
            refused.clear();
        }
    }

    private List<Path> waitingFiles() {
        try {
            // made on first use, so a unit has a folder to drop into from the first run on
            Files.createDirectories(inbox.folder());
        } catch (IOException e) {
            throw new SourceReadException("Không tạo được thư mục nhận tệp " + inbox.folder() + " (hub.file-sources." + inbox.name()
                    + ".folder) / cannot create the inbox folder " + inbox.folder() + ": " + e.getMessage(), e);
        }
        try (Stream<Path> files = Files.list(inbox.folder())) {
            return files.filter(Files::isRegularFile).filter(FileDropSource::complete).sorted().toList();
        } catch (IOException e) {
            throw new SourceReadException("Không đọc được thư mục nhận tệp " + inbox.folder() + " / cannot list the inbox "
                    + inbox.folder() + ": " + e.getMessage(), e);
        }
    }

    /** A hidden file, or one still being copied under a temporary name, is not ours yet. */
    private static boolean complete(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp") && !name.startsWith("~$");
    }

    private void readFile(Path file, String name, RecordSink sink) throws UnreadableFileException {
        TabularFile format = formatOf(name);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UnreadableFileException("Không đọc được tệp: " + e.getMessage(), "Cannot read the file: " + e.getMessage(), e);
        }
        if (size > inbox.maxFileBytes()) {
            throw new UnreadableFileException("Tệp " + size + " byte, quá giới hạn " + inbox.maxFileBytes() + " byte",
                    "The file has " + size + " bytes, over the limit of " + inbox.maxFileBytes(), null);
        }
        List<String> header = format.check(file);
        String[] columns = columnsOf(header);
        format.rows(file, (rowNumber, cells) -> {
            String origin = name + ":" + rowNumber;
            if (cells.size() > columns.length && cells.subList(columns.length, cells.size()).stream().anyMatch(c -> !c.isBlank())
                    || cells.size() < columns.length && format instanceof CsvFile) {
                sink.unreadable(origin, List.of(new FieldError("row", "Dòng " + rowNumber + " của tệp " + name + " có " + cells.size()
                        + " cột, tiêu đề có " + columns.length, "Row " + rowNumber + " of " + name + " has " + cells.size()
                        + " columns, the header has " + columns.length)));
                return;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            List<FieldError> errors = new ArrayList<>();
            for (int c = 0; c < columns.length; c++) {
                if (columns[c] == null) {
                    continue;
                }
                String value = c < cells.size() ? cells.get(c) : "";
                if (value.startsWith(XlsxFile.ERROR_PREFIX) && format instanceof XlsxFile) {
                    errors.add(new FieldError(columns[c], "Ô lỗi công thức '" + value.substring(XlsxFile.ERROR_PREFIX.length())
                            + "' ở dòng " + rowNumber + " của tệp " + name, "Formula error '"
                            + value.substring(XlsxFile.ERROR_PREFIX.length()) + "' at row " + rowNumber + " of " + name));
                }
                row.put(columns[c], value.isEmpty() ? null : value);
            }
            if (errors.isEmpty()) {
                sink.row(row, origin);
            } else {
                sink.unreadable(origin, errors);
            }
        });
    }

    private TabularFile formatOf(String name) throws UnreadableFileException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return new CsvFile(inbox.csvDelimiter());
        }
        if (lower.endsWith(".xlsx")) {
            return new XlsxFile();
        }
        throw new UnreadableFileException("Chỉ nhận tệp .csv hoặc .xlsx", "Only .csv and .xlsx files are accepted", null);
    }

    /**
     * @return for each header cell, the canonical column it feeds, or null for a column the
     *     exchange does not use
     * @throws UnreadableFileException when a column the exchange needs is missing, or named twice
     */
    private String[] columnsOf(List<String> header) throws UnreadableFileException {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String normal = normal(header.get(i));
            if (normal.isEmpty()) {
                continue;
            }
            if (positions.putIfAbsent(normal, i) != null) {
                throw new UnreadableFileException("Tiêu đề có cột '" + header.get(i).strip() + "' hai lần",
                        "The header names column '" + header.get(i).strip() + "' twice", null);
            }
        }
        String[] columns = new String[header.size()];
        Map<String, String> wanted = fields.isEmpty() ? null : fields;
        if (wanted == null) {
            for (int i = 0; i < header.size(); i++) {
                String normal = normal(header.get(i));
                columns[i] = normal.isEmpty() ? null : normal;
            }
            if (!positions.containsKey(normal(keyColumn))) {
                throw missing(keyColumn);
            }
            return columns;
        }
        List<String> missing = new ArrayList<>();
        wanted.forEach((column, headerText) -> {
            Integer at = positions.get(normal(headerText));
            if (at == null) {
                missing.add(headerText);
            } else {
                columns[at] = column;
            }
        });
        if (!missing.isEmpty()) {
            throw missing(String.join("', '", missing.stream().sorted().toList()));
        }
        return columns;
    }

    private static UnreadableFileException missing(String headers) {
        return new UnreadableFileException("Dòng tiêu đề thiếu cột '" + headers + "'", "The header row lacks column(s) '" + headers + "'",
                null);
    }

    private static String normal(String header) {
        return Normalizer.normalize(header.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Moves {@code file} into {@code folder}, keeping its name unless a file of that name is already there. */
    private Path moveInto(Path file, Path folder) throws IOException {
        Path target = folder.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = folder.resolve(clock.millis() + "-" + file.getFileName());
        }
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            return Files.move(file, target);
        }
    }
}
