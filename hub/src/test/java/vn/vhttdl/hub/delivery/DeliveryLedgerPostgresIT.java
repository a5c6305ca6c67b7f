package vn.vhttdl.hub.delivery;

import javax.sql.DataSource;
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
}
