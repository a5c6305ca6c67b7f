package vn.vhttdl.hub.delivery;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last version of each record handed to a target ({@code delivery_ledger}). A record whose
 * content hash equals the ledger's and that is queued or delivered is "unchanged": not sent again
 * unless a full run asks for it.
 */
@Repository
public class DeliveryLedger {

    /** Where a record's last version stands. */
    public enum Status { ENQUEUED, DELIVERED, FAILED }

    /** A record handed to the delivery queue. */
    public record Entry(String recordKey, String contentHash, String idempotencyKey) {
    }

    private static final int IN_CLAUSE_CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DeliveryLedger(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @return for each of {@code keys} that the ledger holds as queued or delivered, its content hash
     */
    public Map<String, String> liveHashes(String exchangeId, Collection<String> keys) {
        Map<String, String> hashes = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += IN_CLAUSE_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CLAUSE_CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            Object[] args = new Object[chunk.size() + 1];
            args[0] = exchangeId;
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 1] = chunk.get(i);
            }
            jdbc.query("SELECT record_key, content_hash FROM delivery_ledger WHERE exchange_id = ? AND status <> 'FAILED' "
                    + "AND record_key IN (" + marks + ")", rs -> {
                        hashes.put(rs.getString(1), rs.getString(2));
                    }, args);
        }
        return hashes;
    }

    /** Records a batch as queued, replacing each record's previous version. */
    @Transactional
    public void enqueued(String exchangeId, String runId, String batchId, List<Entry> entries) {
        OffsetDateTime now = now();
        int[] updated = jdbc.batchUpdate("UPDATE delivery_ledger SET content_hash = ?, idempotency_key = ?, status = 'ENQUEUED', "
                + "run_id = ?, batch_id = ?, enqueued_at = ?, delivered_at = NULL WHERE exchange_id = ? AND record_key = ?",
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
            jdbc.batchUpdate("INSERT INTO delivery_ledger (exchange_id, record_key, content_hash, idempotency_key, status, run_id, "
                    + "batch_id, enqueued_at) VALUES (?, ?, ?, ?, 'ENQUEUED', ?, ?, ?)", inserts);
        }
    }

    /**
     * Marks the records of a batch delivered or failed. Only the version the batch carried is
     * touched: a newer version queued meanwhile keeps its own status.
     */
    @Transactional
    public void settled(String exchangeId, Map<String, String> idempotencyKeyByRecord, Status status) {
        jdbc.batchUpdate("UPDATE delivery_ledger SET status = ?, delivered_at = ? WHERE exchange_id = ? AND record_key = ? "
                + "AND idempotency_key = ?", idempotencyKeyByRecord.entrySet().stream().map(e -> new Object[] {status.name(),
                        status == Status.DELIVERED ? now() : null, exchangeId, e.getKey(), e.getValue()}).toList());
    }

    /** Marks the records of a replayed batch as queued again (their version is unchanged). */
    @Transactional
    public void requeued(String exchangeId, Map<String, String> idempotencyKeyByRecord) {
        jdbc.batchUpdate("UPDATE delivery_ledger SET status = 'ENQUEUED' WHERE exchange_id = ? AND record_key = ? "
                + "AND idempotency_key = ?", idempotencyKeyByRecord.entrySet().stream()
                        .map(e -> new Object[] {exchangeId, e.getKey(), e.getValue()}).toList());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
