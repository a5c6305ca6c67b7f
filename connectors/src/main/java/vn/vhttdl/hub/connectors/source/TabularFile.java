package vn.vhttdl.hub.connectors.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A spreadsheet format the file-drop source reads: a header row, then data rows of cells. */
interface TabularFile {

    /** Receives a data row: its number as the spreadsheet shows it (the header is row 1) and its cells. */
    @FunctionalInterface
    interface RowVisitor {
        void row(long rowNumber, List<String> cells);
    }

    /**
     * Reads the whole file once, handing nothing on, so a file that breaks half-way is refused
     * before any of its rows is used.
     *
     * @return the header row
     * @throws UnreadableFileException when the file cannot be read as a whole
     */
    default List<String> check(Path file) throws UnreadableFileException {
        List<String> header = new ArrayList<>();
        read(file, (number, cells) -> {
        }, header);
        return header;
    }

    /** Hands every data row to {@code visitor}; the file has passed {@link #check}. */
    default void rows(Path file, RowVisitor visitor) throws UnreadableFileException {
        read(file, visitor, new ArrayList<>());
    }

    /**
     * Reads the file from start to end: the first row's cells into {@code header}, every later
     * row to {@code visitor}. What {@link #check} and {@link #rows} share; each format says how.
     *
     * @throws UnreadableFileException when the file cannot be read as a whole
     */
    void read(Path file, RowVisitor visitor, List<String> header) throws UnreadableFileException;
}
