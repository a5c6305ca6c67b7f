package vn.vhttdl.hub.connectors.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The row stream against the local MariaDB (scripts/test.sh starts it): with a fetch size the
 * driver hands over the first row while the server is still sending the rest — the query is
 * still running on the server — and without one it reads the whole result first. The result
 * here is some 30 MB, far more than the socket buffers hold, so a server that has finished has
 * really sent everything.
 */
class JdbcRowStreamMariaDbIT {

    private static final String HOST = System.getProperty("it.mariadb.host", "127.0.0.1:3306");
    private static final String DATABASE = "it_dvcqg_stream";
    private static final int ROWS = 60_000;
    /** The sequence engine's virtual table: rows without a table to fill. */
    private static final String QUERY = "SELECT seq AS n, CONNECTION_ID() AS connection_id, REPEAT('x', 500) AS pad"
            + " FROM seq_1_to_" + ROWS + " WHERE seq > :since";

    private static MariaDbDataSource dataSource;

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:mariadb://" + HOST + "/", "root", "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4");
        }
        dataSource = new MariaDbDataSource("jdbc:mariadb://" + HOST + "/" + DATABASE + "?user=root");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:mariadb://" + HOST + "/", "root", "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    @Test
    void withAFetchSizeTheFirstRowArrivesWhileTheServerIsStillSending() {
        AtomicLong rows = new AtomicLong();
        long read = new JdbcRowStream(dataSource, 500).stream(QUERY, Map.of("since", 0), row -> {
            if (rows.getAndIncrement() == 0) {
                long connection = ((Number) row.get("connection_id")).longValue();
                // the server stays blocked on the socket as long as the hub does not read on
                await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                        .until(() -> "Query".equals(commandOf(connection)));
            }
        });

        assertThat(read).isEqualTo(ROWS);
        assertThat(rows).hasValue(ROWS);
    }

    @Test
    void withoutAFetchSizeTheDriverHasReadEverythingBeforeTheFirstRow() {
        AtomicLong rows = new AtomicLong();
        new JdbcRowStream(dataSource, 0).stream(QUERY, Map.of("since", 0), row -> {
            if (rows.getAndIncrement() == 0) {
                long connection = ((Number) row.get("connection_id")).longValue();
                await().atMost(Duration.ofSeconds(2)).until(() -> "Sleep".equals(commandOf(connection)));
            }
        });

        assertThat(rows).hasValue(ROWS);
    }

    @Test
    void givesTheHandlerTenMinutesBeforeTheServerDropsASlowReader() {
        AtomicLong timeout = new AtomicLong();
        new JdbcRowStream(dataSource, 500).stream("SELECT @@SESSION.net_write_timeout AS t FROM DUAL WHERE 1 > :since",
                Map.of("since", 0), row -> timeout.set(((Number) row.get("t")).longValue()));

        assertThat(timeout).hasValue(JdbcRowStream.STREAMING_NET_WRITE_TIMEOUT_SECONDS);
    }

    /** @return what the server says connection {@code id} is doing: {@code Query} while it sends a result, {@code Sleep} once done */
    private static String commandOf(long id) throws SQLException {
        try (Connection observer = dataSource.getConnection();
                PreparedStatement statement = observer.prepareStatement(
                        "SELECT COMMAND FROM information_schema.PROCESSLIST WHERE ID = ?")) {
            statement.setLong(1, id);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : "gone";
            }
        }
    }
}
