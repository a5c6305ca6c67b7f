package vn.vhttdl.hub.connectors.source;

import java.util.List;
import java.util.Map;
import vn.vhttdl.hub.datasets.FieldError;

/** Receives what a {@link RecordSource} reads; may stop the stream by throwing. */
public interface RecordSink {

    /**
     * One source row.
     *
     * @param row    values by canonical column name
     * @param origin where the row is in the source when that is how its owner finds it
     *               ({@code cslt-2025.csv:7}: file and row), or null (a database row is found by its key)
     */
    void row(Map<String, Object> row, String origin);

    /**
     * A source record that cannot be read as a row at all — a spreadsheet row with the wrong
     * number of columns, a file that cannot be read — quarantined with its origin as the key.
     */
    void unreadable(String origin, List<FieldError> errors);
}
