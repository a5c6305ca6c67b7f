package vn.vhttdl.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import vn.vhttdl.hub.testing.PostgresDatabases;

/** The ledger's statements on PostgreSQL, the production store. */
class DeliveryLedgerPostgresIT extends DeliveryLedgerContract {

    @Override
    protected DataSource freshDatabase() throws Exception {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), PostgresDatabases.recreate("it_perf_ledger"),
                PostgresDatabases.USER, "");
    }

    @Override
    protected LedgerStatements.Dialect expectedDialect() {
        return LedgerStatements.Dialect.POSTGRESQL;
    }

    /**
     * A full run records every key again: each new version must fit on its row's page (a HOT
     * update, no new primary-key entry), which needs the room the V5 migration leaves on each page.
     */
    @Test
    void aKeyRecordedAgainStaysOnItsPage() {
        DeliveryLedger ledger = new DeliveryLedger(jdbc, CLOCK);
        ledger.enqueued(EXCHANGE, "run-1", batch(1), entries(0, 500, "a"));
        Map<String, Integer> pagesBefore = pageOfEachKey();

        ledger.enqueued(EXCHANGE, "run-2", batch(2), entries(0, 500, "b"));

        assertThat(pagesBefore).hasSize(500);
        assertThat(pageOfEachKey()).isEqualTo(pagesBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_ledger WHERE batch_id = ? AND run_id = 'run-2'",
                Long.class, batch(2))).isEqualTo(500);
        assertThat(jdbc.queryForObject("SELECT content_hash FROM delivery_ledger WHERE record_key = 'site-00042'",
                String.class)).isEqualTo(hash("b", 42));
    }

    private Map<String, Integer> pageOfEachKey() {
        // a row's ctid is (page, item); the page is the first coordinate of the point it reads as
        return jdbc.queryForList("SELECT record_key, (ctid::text::point)[0]::int AS page FROM delivery_ledger").stream()
                .collect(Collectors.toMap(row -> (String) row.get("record_key"), row -> ((Number) row.get("page")).intValue()));
    }
}
