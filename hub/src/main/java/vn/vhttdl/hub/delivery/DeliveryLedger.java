package vn.vhttdl.hub.delivery;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static final int IN_CLAUSE_CHUNK = 500;
    private static final String WITH_OUTCOME = "FROM delivery_ledger l LEFT JOIN batch_outcome o ON o.batch_id = l.batch_id ";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DeliveryLedger(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @return for each of {@code keys} whose last version is pending or delivered, its content hash
     */
    public Map<String, String> liveHashes(String exchangeId, Collection<String> keys) {
        Map<String, String> hashes = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += IN_CLAUSE_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CLAUSE_CHUNK));
            Object[] args = new Object[chunk.size() + 1];
            args[0] = exchangeId;
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 1] = chunk.get(i);
            }
            jdbc.query("SELECT l.record_key, l.content_hash " + WITH_OUTCOME + "WHERE l.exchange_id = ? "
                    + "AND (o.outcome IS NULL OR o.outcome = 'DELIVERED') AND l.record_key IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
                        hashes.put(rs.getString(1), rs.getString(2));
                    }, args);
        }
        return hashes;
    }

    /** Records a batch as queued, replacing each record's previous version. */
    @Transactional
    public void enqueued(String exchangeId, String runId, String batchId, List<Entry> entries) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int[] updated = jdbc.batchUpdate("UPDATE delivery_ledger SET content_hash = ?, idempotency_key = ?, run_id = ?, "
                + "batch_id = ?, enqueued_at = ? WHERE exchange_id = ? AND record_key = ?",
                entries.stream().map(e -> new Object[] {e.contentHash(), e.idempotencyKey(), runId, batchId, now, exchangeId,
                        e.recordKey()}).toList());
        List<Object[]> inserts = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (updated[i] == 0) {
                Entry e = entries.get(i);
                inserts.add(new Object[] {exchangeId, e.recordKey(), e.contentHash(), e.idempotencyKey(), runId, batchId, now});
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO delivery_ledger (exchange_id, record_key, content_hash, idempotency_key, run_id, "
                    + "batch_id, enqueued_at) VALUES (?, ?, ?, ?, ?, ?, ?)", inserts);
        }
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
