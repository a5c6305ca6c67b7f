package vn.vhttdl.hub.connectors.source;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A source query streamed by {@link JdbcRowStream}; {@code :since} binds the watermark as a
 * zone-less UTC date-time, the way the hub's sources store their update times.
 */
public final class JdbcRecordSource implements RecordSource {

    /** Bound to {@code :since} on a full extraction: before any record of any system. */
    private static final LocalDateTime BEGINNING = LocalDateTime.of(1900, 1, 1, 0, 0);

    private final JdbcRowStream rows;
    private final String query;

    public JdbcRecordSource(JdbcRowStream rows, String query) {
        this.rows = rows;
        this.query = query;
    }

    @Override
    public void stream(Instant since, RecordSink sink) {
        Object sinceParameter = since == null ? BEGINNING : LocalDateTime.ofInstant(since, ZoneOffset.UTC);
        rows.stream(query, Map.of("since", sinceParameter), row -> sink.row(row, null));
    }
}
