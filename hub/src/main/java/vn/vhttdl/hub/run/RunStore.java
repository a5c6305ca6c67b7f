package vn.vhttdl.hub.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code exchange_run} table. Counters are incremented in SQL, so concurrent deliveries never lose an update. */
@Repository
public class RunStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RunStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void create(String runId, String exchangeId, String trigger, String requestedBy, boolean dryRun, boolean full,
            Instant watermarkFrom) {
        jdbc.update("INSERT INTO exchange_run (run_id, exchange_id, status, trigger_kind, requested_by, dry_run, full_run, "
                + "started_at, watermark_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", runId, exchangeId, RunStatus.RUNNING.name(),
                trigger, requestedBy, dryRun, full, now(), utc(watermarkFrom));
    }

    /** Progress of the extraction, written after every batch so a long run shows where it is. */
    void extractionProgress(String runId, RunCounts counts, long batches) {
        jdbc.update("UPDATE exchange_run SET records_read = ?, records_valid = ?, records_invalid = ?, records_unchanged = ?, "
                + "records_enqueued = ?, records_repaired = ?, batches_enqueued = ? WHERE run_id = ?", counts.read(),
                counts.valid(), counts.invalid(), counts.skippedUnchanged(), counts.enqueued(), counts.repairedFields(),
                batches, runId);
    }

    void extractionFinished(String runId, Instant watermarkTo) {
        jdbc.update("UPDATE exchange_run SET extracted_at = ?, watermark_to = ? WHERE run_id = ?", now(), utc(watermarkTo),
                runId);
    }

    void failed(String runId, String error) {
        jdbc.update("UPDATE exchange_run SET status = ?, finished_at = ?, error = ? WHERE run_id = ? AND status = ?",
                RunStatus.FAILED.name(), now(), truncate(error), runId, RunStatus.RUNNING.name());
    }

    /** Counts records the target acknowledged. */
    public void delivered(String runId, long records) {
        jdbc.update("UPDATE exchange_run SET records_delivered = records_delivered + ? WHERE run_id = ?", records, runId);
    }

    /** Counts records whose batch went to the dead-letter queue. */
    public void deadLettered(String runId, long records) {
        deadLettered(runId, records, true);
    }

    /** @param newFailure false when a replay that could not be sent puts the batch's count back */
    public void deadLettered(String runId, long records, boolean newFailure) {
        jdbc.update("UPDATE exchange_run SET records_failed = records_failed + ?, records_dead_lettered = records_dead_lettered + ? "
                + "WHERE run_id = ?", newFailure ? records : 0, records, runId);
    }

    /**
     * A dead-lettered batch of this run was replayed: its records are pending again, and the run
     * is open until they settle.
     */
    public void replayed(String runId, long records) {
        jdbc.update("UPDATE exchange_run SET records_dead_lettered = records_dead_lettered - ?, status = 'RUNNING', "
                + "finished_at = NULL WHERE run_id = ? AND status <> 'FAILED'", records, runId);
        jdbc.update("UPDATE exchange_run SET records_dead_lettered = records_dead_lettered - ? WHERE run_id = ? "
                + "AND status = 'FAILED'", records, runId);
    }

    /**
     * Closes the run if extraction is over and nothing is pending. The update is conditional, so
     * of several concurrent callers exactly one settles it.
     *
     * @return the final status when this call settled the run
     */
    public Optional<RunStatus> settleIfComplete(String runId) {
        int updated = jdbc.update("UPDATE exchange_run SET finished_at = ?, status = CASE WHEN records_invalid > 0 "
                + "OR records_dead_lettered > 0 THEN 'PARTIAL' ELSE 'SUCCEEDED' END WHERE run_id = ? AND status = 'RUNNING' "
                + "AND extracted_at IS NOT NULL AND records_enqueued = records_delivered + records_dead_lettered", now(), runId);
        return updated == 1 ? find(runId).map(RunView::status) : Optional.empty();
    }

    /**
     * Runs that were extracting when the hub stopped cannot resume their stream: they are marked
     * failed, and the next run starts again from the last committed watermark.
     *
     * @return the ids of the runs so marked
     */
    List<String> failInterruptedExtractions(String reason) {
        List<String> ids = jdbc.queryForList(
                "SELECT run_id FROM exchange_run WHERE status = 'RUNNING' AND extracted_at IS NULL", String.class);
        ids.forEach(id -> failed(id, reason));
        return ids;
    }

    public Optional<RunView> find(String runId) {
        return jdbc.query("SELECT * FROM exchange_run WHERE run_id = ?", (rs, n) -> view(rs), runId).stream().findFirst();
    }

    public Optional<RunView> latest(String exchangeId) {
        return jdbc.query("SELECT * FROM exchange_run WHERE exchange_id = ? ORDER BY started_at DESC LIMIT 1",
                (rs, n) -> view(rs), exchangeId).stream().findFirst();
    }

    public List<RunView> recent(String exchangeId, int limit) {
        return jdbc.query("SELECT * FROM exchange_run WHERE exchange_id = ? ORDER BY started_at DESC LIMIT ?",
                (rs, n) -> view(rs), exchangeId, limit);
    }

    private static RunView view(ResultSet rs) throws SQLException {
        RunCounts counts = new RunCounts(rs.getLong("records_read"), rs.getLong("records_valid"), rs.getLong("records_invalid"),
                rs.getLong("records_unchanged"), rs.getLong("records_enqueued"), rs.getLong("records_delivered"),
                rs.getLong("records_failed"), rs.getLong("records_dead_lettered"), rs.getLong("records_repaired"));
        RunStatus status = RunStatus.valueOf(rs.getString("status"));
        Instant extractedAt = instant(rs, "extracted_at");
        boolean extractionAddsUp = counts.read() == counts.invalid() + counts.skippedUnchanged() + counts.enqueued()
                || rs.getBoolean("dry_run");
        boolean deliveryAddsUp = counts.pending() >= 0 && (status == RunStatus.RUNNING || status == RunStatus.FAILED
                || counts.pending() == 0);
        boolean reconciled = (extractedAt == null || extractionAddsUp) && deliveryAddsUp;
        return new RunView(rs.getString("run_id"), rs.getString("exchange_id"), status, rs.getString("trigger_kind"),
                rs.getString("requested_by"), rs.getBoolean("dry_run"), rs.getBoolean("full_run"), instant(rs, "started_at"),
                extractedAt, instant(rs, "finished_at"), instant(rs, "watermark_from"), instant(rs, "watermark_to"),
                counts, reconciled, rs.getString("error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
