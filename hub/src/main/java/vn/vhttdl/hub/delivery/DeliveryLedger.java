package vn.vhttdl.hub.delivery;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last version of each record handed to a target ({@code delivery_ledger}), with the batch
 * that carried it. Where the record stands is its batch's outcome ({@link BatchOutcomes}):
 * delivered, dead-lettered, or none yet (pending). A record whose content hash equals the
 * ledger's, and whose batch is pending or delivered, is "unchanged": not sent again unless a full
 * run asks for it.
 */
@Repository
public class DeliveryLedger {

    /** A record handed to the delivery queue. */
    public record Entry(String recordKey, String contentHash, String idempotencyKey) {
    }

    private static final String WITH_OUTCOME = "FROM delivery_ledger l LEFT JOIN batch_outcome o ON o.batch_id = l.batch_id ";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LedgerStatements statements;

    @Autowired
    public DeliveryLedger(JdbcTemplate jdbc, Clock clock) {
        this(jdbc, clock, LedgerStatements.Dialect.of(jdbc.getDataSource()));
    }

    DeliveryLedger(JdbcTemplate jdbc, Clock clock, LedgerStatements.Dialect dialect) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.statements = new LedgerStatements(jdbc, dialect);
    }

    /**
     * One query per batch on PostgreSQL ({@code = ANY(array)}), one per 500 keys elsewhere.
     *
     * @return for each of {@code keys} whose last version is pending or delivered, its content hash
     */
    public Map<String, String> liveHashes(String exchangeId, Collection<String> keys) {
        Map<String, String> hashes = new HashMap<>();
        statements.liveHashes(exchangeId, List.copyOf(keys), hashes);
        return hashes;
    }

    /**
     * Records a batch as queued, replacing each record's previous version: one statement per batch
     * on PostgreSQL and H2. A key that appears twice in the batch keeps its last version, as it
     * would had the two been written one after the other.
     */
    @Transactional
    public void enqueued(String exchangeId, String runId, String batchId, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        statements.upsert(exchangeId, runId, batchId, now, lastVersionOfEachKey(entries));
    }

    /** PostgreSQL's ON CONFLICT refuses to touch a row twice in one statement. */
    private static List<Entry> lastVersionOfEachKey(List<Entry> entries) {
        Map<String, Entry> byKey = new LinkedHashMap<>(entries.size() * 2);
        for (Entry entry : entries) {
            byKey.put(entry.recordKey(), entry);
        }
        return byKey.size() == entries.size() ? entries : List.copyOf(byKey.values());
    }

    /** @return the exchange's records by where their last version stands, and the quarantined records of its latest run */
    public ExchangeReconciliation reconcile(String exchangeId) {
        Map<String, Long> byOutcome = new HashMap<>();
        jdbc.query("SELECT COALESCE(o.outcome, 'PENDING'), COUNT(*) " + WITH_OUTCOME + "WHERE l.exchange_id = ? "
                + "GROUP BY COALESCE(o.outcome, 'PENDING')", rs -> {
                    byOutcome.put(rs.getString(1), rs.getLong(2));
                }, exchangeId);
        Long quarantined = jdbc.queryForObject("SELECT COUNT(DISTINCT record_key) FROM rejected_record WHERE run_id = "
                + "(SELECT run_id FROM exchange_run WHERE exchange_id = ? ORDER BY started_at DESC LIMIT 1)", Long.class, exchangeId);
        return new ExchangeReconciliation(exchangeId, byOutcome.getOrDefault(BatchOutcomes.DELIVERED, 0L),
                byOutcome.getOrDefault("PENDING", 0L), byOutcome.getOrDefault(BatchOutcomes.DEAD_LETTERED, 0L),
                quarantined == null ? 0 : quarantined);
    }
}
