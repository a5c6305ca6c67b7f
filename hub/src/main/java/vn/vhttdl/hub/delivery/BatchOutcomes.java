package vn.vhttdl.hub.delivery;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code batch_outcome} table: what became of each batch, and so of each record the ledger
 * holds. The first outcome of a batch wins; repeats are recognised.
 */
@Repository
public class BatchOutcomes {

    /** The target acknowledged the batch. */
    static final String DELIVERED = "DELIVERED";
    /** The batch is in its exchange's dead-letter queue. */
    static final String DEAD_LETTERED = "DEAD_LETTERED";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public BatchOutcomes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return true when this is the batch's first recorded outcome, false for a redelivered repeat */
    boolean recordFirst(String batchId, String exchangeId, String runId, String outcome, int records) {
        // a conditional insert rather than catching the key violation: on PostgreSQL a failed
        // statement would abort the surrounding transaction
        return jdbc.update("INSERT INTO batch_outcome (batch_id, exchange_id, run_id, outcome, records, recorded_at) "
                + "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM batch_outcome WHERE batch_id = ?)", batchId,
                exchangeId, runId, outcome, records, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), batchId) == 1;
    }

    /** Forgets a batch's outcome before it is replayed. */
    void forget(String batchId) {
        jdbc.update("DELETE FROM batch_outcome WHERE batch_id = ?", batchId);
    }
}
