package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, new pages of {@code delivery_ledger} are filled to half, so that re-recording a
 * key (every record of a full run, every changed record of an incremental one) writes its new
 * version on the same page: a HOT update, which adds no entry to the primary key's B-tree and
 * lets the page's old versions be pruned without a VACUUM. A ledger row is ~300 bytes, so half
 * a page holds the new version of every row on it. In the benchmark's second pass (300,000
 * updates) PostgreSQL's CPU went from ~18 to ~12 µs per record and the ledger's WAL from 164 to
 * 69 MB (bench/README.md, "PostgreSQL CPU per record"); the first insert of a key pays a little
 * more for the extra pages. Pages written before this migration keep their fill until rewritten.
 *
 * <p>A storage parameter has no portable SQL (H2 has none), hence a Java migration that is a
 * no-op on other databases: the version stays the same everywhere.
 */
public class V5__ledger_pages_keep_room_for_a_new_version extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE delivery_ledger SET (fillfactor = 50)");
        }
    }
}
