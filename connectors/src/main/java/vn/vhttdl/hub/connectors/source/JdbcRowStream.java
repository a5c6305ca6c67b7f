package vn.vhttdl.hub.connectors.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * Streams the rows of a source query one at a time, so memory stays flat however large the table.
 *
 * <p>PostgreSQL honours the fetch size only inside a transaction (autocommit off) on a
 * forward-only result set; otherwise its driver reads the whole result into memory.
 *
 * <p>MariaDB Connector/J (3.x) streams when the fetch size is above 0 on a forward-only,
 * read-only statement: it reads {@code fetchSize} rows from the socket at a time, and the server
 * waits on the socket for the rest (with a fetch size of 0 it reads the whole result before the
 * first row). Two things matter while a result streams: nothing else may run on the connection
 * (the driver would first read the rest into memory; the handler never touches it), and the
 * server drops a client that stops reading for longer than {@code net_write_timeout} (60 s by
 * default), which a handler waiting on a busy broker can. So on MariaDB and MySQL the session's
 * {@code net_write_timeout} is raised to {@value #STREAMING_NET_WRITE_TIMEOUT_SECONDS} s first.
 * (MySQL Connector/J streams only with {@code Integer.MIN_VALUE} or {@code useCursorFetch=true};
 * use the MariaDB driver for MySQL too.)
 *
 * <p>The query is read-only: the transaction is rolled back.
 */
public final class JdbcRowStream {

    /** Receives each row, keyed by column label in lower case; may stop the stream by throwing. */
    @FunctionalInterface
    public interface RowHandler {
        void row(Map<String, Object> row);
    }

    /** How long a MariaDB/MySQL server waits for the hub to read the next rows of a streamed result. */
    public static final int STREAMING_NET_WRITE_TIMEOUT_SECONDS = 600;

    private final DataSource dataSource;
    private final int fetchSize;

    public JdbcRowStream(DataSource dataSource, int fetchSize) {
        this.dataSource = dataSource;
        this.fetchSize = fetchSize;
    }

    /**
     * Runs {@code sql} with named parameters ({@code :since}) and hands every row to {@code handler}.
     *
     * @return the number of rows read
     * @throws SourceReadException when the database fails; rows already handled stay handled. An
     *     exception thrown by the handler passes through unchanged.
     */
    public long stream(String sql, Map<String, ?> parameters, RowHandler handler) {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
        MapSqlParameterSource source = new MapSqlParameterSource(parameters);
        String jdbcSql = NamedParameterUtils.substituteNamedParameters(parsed, source);
        Object[] values = NamedParameterUtils.buildValueArray(parsed, source, null);
        long count = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            allowSlowReading(connection);
            try (PreparedStatement statement = connection.prepareStatement(
                    jdbcSql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(fetchSize);
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    String[] labels = labels(rows.getMetaData());
                    while (rows.next()) {
                        Map<String, Object> row = new LinkedHashMap<>(labels.length * 2);
                        for (int c = 0; c < labels.length; c++) {
                            row.put(labels[c], rows.getObject(c + 1));
                        }
                        count++;
                        handler.row(row);
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new SourceReadException("Lỗi đọc cơ sở dữ liệu nguồn sau " + count + " dòng / source database failed after "
                    + count + " rows: " + e.getMessage(), e);
        }
        return count;
    }

    /** MariaDB and MySQL drop a client that reads a streamed result slowly: give the handler time. */
    private static void allowSlowReading(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (product != null && (product.contains("MariaDB") || product.contains("MySQL"))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION net_write_timeout = " + STREAMING_NET_WRITE_TIMEOUT_SECONDS);
            }
        }
    }

    private static String[] labels(ResultSetMetaData meta) throws SQLException {
        String[] labels = new String[meta.getColumnCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
        }
        return labels;
    }
}
