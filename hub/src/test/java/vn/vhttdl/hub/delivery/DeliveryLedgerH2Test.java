package vn.vhttdl.hub.delivery;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The ledger's statements on H2, the zero-setup store (in memory here, as a file by default). */
class DeliveryLedgerH2Test extends DeliveryLedgerContract {

    @Override
    protected DataSource freshDatabase() {
        return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:ledger-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
    }

    @Override
    protected LedgerStatements.Dialect expectedDialect() {
        return LedgerStatements.Dialect.H2;
    }
}
