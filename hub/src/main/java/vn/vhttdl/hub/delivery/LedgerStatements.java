package vn.vhttdl.hub.delivery;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The ledger's two hot statements, written for the hub store's database: record a batch's rows
 * and look up the live hashes of a batch's keys, each in one round trip per batch. The store is
 * PostgreSQL in production and H2 by default (DESIGN §7); any other database gets the portable
 * form (an UPDATE, then an INSERT of the rows it did not find, per record).
 *
 * <p>Why: per-record UPDATE + INSERT cost PostgreSQL about as much CPU again as the hub itself
 * in the benchmark (bench/README.md, profile findings).
 */
final class LedgerStatements {

    /** The SQL dialect of the hub's store, from the JDBC driver's database product name. */
    enum Dialect {
        /** {@code INSERT … SELECT FROM unnest(arrays) ON CONFLICT DO UPDATE}; keys looked up with {@code = ANY(array)}. */
        POSTGRESQL,
        /** A JDBC batch of {@code MERGE INTO … KEY (…)}: H2 runs in the hub's JVM, so a batch is one call. */
        H2,
        /** UPDATE, then INSERT where nothing was updated; keys looked up with IN lists. */
        PORTABLE;

        static Dialect of(String databaseProductName) {
            if ("PostgreSQL".equalsIgnoreCase(databaseProductName)) {
                return POSTGRESQL;
            }
            if ("H2".equalsIgnoreCase(databaseProductName)) {
                return H2;
            }
            return PORTABLE;
        }

        static Dialect of(DataSource dataSource) {
            try {
                return of(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
            } catch (MetaDataAccessException e) {
                throw new DataAccessResourceFailureException("Không đọc được loại cơ sở dữ liệu của kho hub / cannot read "
                        + "the hub store's database product name", e);
            }
        }
    }

    private static final int IN_CLAUSE_CHUNK = 500;
    private static final String LIVE = "SELECT l.record_key, l.content_hash FROM delivery_ledger l "
            + "LEFT JOIN batch_outcome o ON o.batch_id = l.batch_id "
            + "WHERE l.exchange_id = ? AND (o.outcome IS NULL OR o.outcome = 'DELIVERED') AND l.record_key ";

    private static final String PG_UPSERT = "INSERT INTO delivery_ledger (exchange_id, record_key, content_hash, "
            + "idempotency_key, run_id, batch_id, enqueued_at) "
            + "SELECT ?, t.record_key, t.content_hash, t.idempotency_key, ?, ?, ? "
            + "FROM unnest(?::varchar[], ?::varchar[], ?::varchar[]) AS t (record_key, content_hash, idempotency_key) "
            + "ON CONFLICT (exchange_id, record_key) DO UPDATE SET content_hash = EXCLUDED.content_hash, "
            + "idempotency_key = EXCLUDED.idempotency_key, run_id = EXCLUDED.run_id, batch_id = EXCLUDED.batch_id, "
            + "enqueued_at = EXCLUDED.enqueued_at";
    private static final String H2_MERGE = "MERGE INTO delivery_ledger (exchange_id, record_key, content_hash, "
            + "idempotency_key, run_id, batch_id, enqueued_at) KEY (exchange_id, record_key) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE delivery_ledger SET content_hash = ?, idempotency_key = ?, run_id = ?, "
            + "batch_id = ?, enqueued_at = ? WHERE exchange_id = ? AND record_key = ?";
    private static final String INSERT = "INSERT INTO delivery_ledger (exchange_id, record_key, content_hash, "
            + "idempotency_key, run_id, batch_id, enqueued_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final Dialect dialect;

    LedgerStatements(JdbcTemplate jdbc, Dialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    /**
     * Writes one row per entry, replacing the key's previous version.
     *
     * @param entries distinct record keys (the ledger keeps one version per key)
     */
    void upsert(String exchangeId, String runId, String batchId, OffsetDateTime now, List<DeliveryLedger.Entry> entries) {
        switch (dialect) {
            case POSTGRESQL -> jdbc.execute((Connection connection) -> {
                try (PreparedStatement statement = connection.prepareStatement(PG_UPSERT)) {
                    statement.setString(1, exchangeId);
                    statement.setString(2, runId);
                    statement.setString(3, batchId);
                    statement.setObject(4, now);
                    statement.setArray(5, varchars(connection, entries.stream().map(DeliveryLedger.Entry::recordKey).toList()));
                    statement.setArray(6, varchars(connection, entries.stream().map(DeliveryLedger.Entry::contentHash).toList()));
                    statement.setArray(7, varchars(connection, entries.stream().map(DeliveryLedger.Entry::idempotencyKey).toList()));
                    return statement.executeUpdate();
                }
            });
            case H2 -> jdbc.batchUpdate(H2_MERGE, entries.stream().map(e -> new Object[] {exchangeId, e.recordKey(),
                    e.contentHash(), e.idempotencyKey(), runId, batchId, now}).toList());
            case PORTABLE -> updateThenInsert(exchangeId, runId, batchId, now, entries);
        }
    }

    /** Puts into {@code hashes}, for each of {@code keys} whose last version is pending or delivered, its content hash. */
    void liveHashes(String exchangeId, List<String> keys, Map<String, String> hashes) {
        if (keys.isEmpty()) {
            return;
        }
        if (dialect == Dialect.POSTGRESQL) {
            jdbc.execute((Connection connection) -> {
                try (PreparedStatement statement = connection.prepareStatement(LIVE + "= ANY (?::varchar[])")) {
                    statement.setString(1, exchangeId);
                    statement.setArray(2, varchars(connection, keys));
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            hashes.put(rows.getString(1), rows.getString(2));
                        }
                    }
                    return null;
                }
            });
            return;
        }
        for (int from = 0; from < keys.size(); from += IN_CLAUSE_CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CLAUSE_CHUNK));
            Object[] args = new Object[chunk.size() + 1];
            args[0] = exchangeId;
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 1] = chunk.get(i);
            }
            jdbc.query(LIVE + "IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
                hashes.put(rs.getString(1), rs.getString(2));
            }, args);
        }
    }

    private void updateThenInsert(String exchangeId, String runId, String batchId, OffsetDateTime now,
            List<DeliveryLedger.Entry> entries) {
        int[] updated = jdbc.batchUpdate(UPDATE, entries.stream().map(e -> new Object[] {e.contentHash(), e.idempotencyKey(),
                runId, batchId, now, exchangeId, e.recordKey()}).toList());
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (updated[i] == 0) {
                DeliveryLedger.Entry e = entries.get(i);
                inserts.add(new Object[] {exchangeId, e.recordKey(), e.contentHash(), e.idempotencyKey(), runId, batchId, now});
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT, inserts);
        }
    }

    private static Array varchars(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("varchar", values.toArray());
    }
}
