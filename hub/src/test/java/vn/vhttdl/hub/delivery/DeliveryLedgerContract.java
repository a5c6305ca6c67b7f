package vn.vhttdl.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the ledger's batch statements must do on every store they are written for: the same
 * cases run on H2 ({@link DeliveryLedgerH2Test}) and PostgreSQL ({@link DeliveryLedgerPostgresIT}),
 * through each dialect the database can run, against the schema Flyway builds.
 */
abstract class DeliveryLedgerContract {

    protected static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T01:02:03Z"), ZoneOffset.UTC);
    protected static final String EXCHANGE = "heritage-sites";

    protected JdbcTemplate jdbc;

    /** @return a data source on an empty database */
    protected abstract DataSource freshDatabase() throws Exception;

    /** @return the dialect the hub picks for this database */
    protected abstract LedgerStatements.Dialect expectedDialect();

    @BeforeEach
    void migrate() throws Exception {
        DataSource dataSource = freshDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void theDialectIsReadFromTheDatabase() {
        assertThat(LedgerStatements.Dialect.of(jdbc.getDataSource())).isEqualTo(expectedDialect());
    }

    @Test
    void aBatchWritesOneRowPerRecordWithItsBatch() {
        for (DeliveryLedger ledger : ledgers()) {
            clear();
            ledger.enqueued(EXCHANGE, "run-1", batch(1), entries(0, 1200, "a"));

            assertThat(count("SELECT COUNT(*) FROM delivery_ledger WHERE batch_id = ?", batch(1))).isEqualTo(1200);
            Map<String, Object> row = jdbc.queryForMap("SELECT * FROM delivery_ledger WHERE record_key = 'site-00042'");
            assertThat(row.get("exchange_id")).isEqualTo(EXCHANGE);
            assertThat(row.get("content_hash")).isEqualTo(hash("a", 42));
            assertThat(row.get("idempotency_key")).isEqualTo(key("a", 42));
            assertThat(row.get("run_id")).isEqualTo("run-1");
            assertThat(jdbc.queryForObject("SELECT enqueued_at FROM delivery_ledger WHERE record_key = 'site-00042'",
                    OffsetDateTime.class).toInstant()).isEqualTo(CLOCK.instant());
        }
    }

    @Test
    void aLaterBatchReplacesTheVersionsItCarriesAndLeavesTheOthers() {
        for (DeliveryLedger ledger : ledgers()) {
            clear();
            ledger.enqueued(EXCHANGE, "run-1", batch(1), entries(0, 10, "a"));
            ledger.enqueued(EXCHANGE, "run-2", batch(2), entries(5, 15, "b"));

            assertThat(count("SELECT COUNT(*) FROM delivery_ledger")).isEqualTo(15);
            assertThat(count("SELECT COUNT(*) FROM delivery_ledger WHERE batch_id = ?", batch(1))).isEqualTo(5);
            assertThat(count("SELECT COUNT(*) FROM delivery_ledger WHERE batch_id = ? AND run_id = 'run-2'", batch(2)))
                    .isEqualTo(10);
            assertThat(jdbc.queryForObject("SELECT content_hash FROM delivery_ledger WHERE record_key = 'site-00007'",
                    String.class)).isEqualTo(hash("b", 7));
            assertThat(jdbc.queryForObject("SELECT content_hash FROM delivery_ledger WHERE record_key = 'site-00003'",
                    String.class)).isEqualTo(hash("a", 3));
        }
    }

    @Test
    void aKeyTwiceInOneBatchKeepsItsLastVersion() {
        for (DeliveryLedger ledger : ledgers()) {
            clear();
            List<DeliveryLedger.Entry> entries = new ArrayList<>(entries(0, 3, "a"));
            entries.add(entry(1, "b"));
            ledger.enqueued(EXCHANGE, "run-1", batch(1), entries);

            assertThat(count("SELECT COUNT(*) FROM delivery_ledger")).isEqualTo(3);
            assertThat(jdbc.queryForObject("SELECT content_hash FROM delivery_ledger WHERE record_key = 'site-00001'",
                    String.class)).isEqualTo(hash("b", 1));
        }
    }

    @Test
    void theSameKeyInAnotherExchangeIsAnotherRecord() {
        for (DeliveryLedger ledger : ledgers()) {
            clear();
            ledger.enqueued(EXCHANGE, "run-1", batch(1), entries(0, 4, "a"));
            ledger.enqueued("museum-objects", "run-2", batch(2), entries(0, 4, "b"));

            assertThat(count("SELECT COUNT(*) FROM delivery_ledger")).isEqualTo(8);
            assertThat(ledger.liveHashes(EXCHANGE, List.of("site-00002"))).containsExactly(Map.entry("site-00002", hash("a", 2)));
            assertThat(ledger.liveHashes("museum-objects", List.of("site-00002")))
                    .containsExactly(Map.entry("site-00002", hash("b", 2)));
        }
    }

    @Test
    void liveHashesArePendingAndDeliveredVersionsButNotDeadLetteredOnes() {
        for (DeliveryLedger ledger : ledgers()) {
            clear();
            ledger.enqueued(EXCHANGE, "run-1", batch(1), entries(0, 700, "a"));   // delivered
            ledger.enqueued(EXCHANGE, "run-1", batch(2), entries(700, 1000, "a")); // dead-lettered
            ledger.enqueued(EXCHANGE, "run-1", batch(3), entries(1000, 1300, "a")); // pending
            outcome(batch(1), "DELIVERED");
            outcome(batch(2), "DEAD_LETTERED");

            List<String> asked = IntStream.range(0, 1400).mapToObj(DeliveryLedgerContract::recordKey).toList();
            Map<String, String> live = ledger.liveHashes(EXCHANGE, asked);

            assertThat(live).hasSize(1000)
                    .containsEntry(recordKey(0), hash("a", 0))
                    .containsEntry(recordKey(699), hash("a", 699))
                    .containsEntry(recordKey(1000), hash("a", 1000))
                    .containsEntry(recordKey(1299), hash("a", 1299))
                    .doesNotContainKeys(recordKey(700), recordKey(999), recordKey(1300));
            assertThat(ledger.liveHashes(EXCHANGE, List.of())).isEmpty();
        }
    }

    @Test
    void reconciliationCountsEachRecordByItsBatchOutcome() {
        for (DeliveryLedger ledger : ledgers()) {
            clear();
            ledger.enqueued(EXCHANGE, "run-1", batch(1), entries(0, 6, "a"));
            ledger.enqueued(EXCHANGE, "run-1", batch(2), entries(6, 10, "a"));
            ledger.enqueued(EXCHANGE, "run-1", batch(3), entries(10, 11, "a"));
            outcome(batch(1), "DELIVERED");
            outcome(batch(2), "DEAD_LETTERED");

            ExchangeReconciliation reconciliation = ledger.reconcile(EXCHANGE);
            assertThat(reconciliation.delivered()).isEqualTo(6);
            assertThat(reconciliation.deadLettered()).isEqualTo(4);
            assertThat(reconciliation.pending()).isEqualTo(1);
        }
    }

    /** The hub's own choice for this database, then the portable form, which every database runs. */
    private List<DeliveryLedger> ledgers() {
        return List.of(new DeliveryLedger(jdbc, CLOCK), new DeliveryLedger(jdbc, CLOCK, LedgerStatements.Dialect.PORTABLE));
    }

    private void clear() {
        jdbc.update("DELETE FROM delivery_ledger");
        jdbc.update("DELETE FROM batch_outcome");
    }

    private void outcome(String batchId, String outcome) {
        jdbc.update("INSERT INTO batch_outcome (batch_id, exchange_id, run_id, outcome, records, recorded_at) "
                + "VALUES (?, ?, 'run-1', ?, 0, ?)", batchId, EXCHANGE, outcome, OffsetDateTime.now(CLOCK));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    protected static List<DeliveryLedger.Entry> entries(int from, int to, String version) {
        return IntStream.range(from, to).mapToObj(i -> entry(i, version)).toList();
    }

    private static DeliveryLedger.Entry entry(int i, String version) {
        return new DeliveryLedger.Entry(recordKey(i), hash(version, i), key(version, i));
    }

    private static String recordKey(int i) {
        return "site-%05d".formatted(i);
    }

    protected static String hash(String version, int i) {
        return IdempotencyKeys.contentHash((version + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String key(String version, int i) {
        return IdempotencyKeys.recordKey(EXCHANGE, recordKey(i), hash(version, i));
    }

    protected static String batch(int sequence) {
        return IdempotencyKeys.batchId("run-1", EXCHANGE, sequence);
    }
}
