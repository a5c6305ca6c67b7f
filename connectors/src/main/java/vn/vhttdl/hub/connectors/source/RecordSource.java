package vn.vhttdl.hub.connectors.source;

import java.time.Instant;

/**
 * Where an exchange's records come from: a database query ({@link JdbcRecordSource}), a paged
 * JSON API ({@link RestPullSource}) or files dropped in a folder ({@link FileDropSource}). Each
 * streams its rows one at a time, keyed by canonical column name, so memory stays flat however
 * large the source.
 */
public interface RecordSource {

    /**
     * Hands every record changed after {@code since} (every record when null) to {@code sink}.
     *
     * @throws SourceReadException when the source fails; rows already handed over stay handed
     *     over, and the run fails without moving its watermark. An exception thrown by the sink
     *     passes through unchanged.
     */
    void stream(Instant since, RecordSink sink);

    /**
     * Called once every record read has been durably enqueued (never for a dry run, nor for a
     * run that failed): a source that consumes its input makes that final here — the file-drop
     * source moves its files to {@code processed/} or {@code failed/}.
     */
    default void commit() {
    }
}
