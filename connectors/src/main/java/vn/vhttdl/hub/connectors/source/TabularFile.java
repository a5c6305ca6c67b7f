package vn.vhttdl.hub.connectors.source;

import java.nio.file.Path;
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
    List<String> check(Path file) throws UnreadableFileException;

    /** Hands every data row to {@code visitor}; the file has passed {@link #check}. */
    void rows(Path file, RowVisitor visitor) throws UnreadableFileException;
}
