package vn.vhttdl.hub.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The PostgreSQL side of the benchmark: creates and drops its databases, and fills the source
 * table {@code heritage_site_bench} with N heritage-like rows of about 1 KB of JSON each.
 *
 * <p>The rows are made inside PostgreSQL by {@code INSERT ... SELECT ... FROM generate_series}
 * joined to small lookup tables (names, paragraphs of Vietnamese text, the 99 communes of Bắc
 * Ninh) that the driver fills first: a million rows take seconds instead of a million round trips.
 * The table is {@code UNLOGGED} because it is scratch data (no WAL to write, twice as fast to
 * fill); reading it costs the same as reading a logged table. A {@code bench_meta} row remembers
 * what was generated, so a second run with {@code --keep} reuses the data.
 */
public final class SourceDatabase {

    /** Changes whenever the generated rows change, so stale data is never reused. */
    static final int GENERATOR_VERSION = 4;

    /** Source rows the latency probe adds carry keys with this prefix; the receiver tracks them. */
    public static final String LATENCY_KEY_PREFIX = "LAT-";

    private static final int PARAGRAPHS = 4096;
    private static final int NAMES = 1024;
    private static final int CHUNK = 500_000;

    private final String host;
    private final int port;
    private final String user;
    private final String database;

    public SourceDatabase(String host, int port, String user, String database) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.database = database;
    }

    public String jdbcUrl() {
        return jdbcUrl(database);
    }

    public String jdbcUrl(String db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db;
    }

    public String user() {
        return user;
    }

    /** Drops (closing its connections) and creates an empty UTF-8 database. */
    public void recreate(String db) throws SQLException {
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), user, "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + db + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    public void drop(String db) throws SQLException {
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), user, "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }

    /** @return the version string of the server, for the report */
    public String serverVersion() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, "");
                Statement sql = c.createStatement();
                ResultSet rs = sql.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Makes sure the source table holds exactly {@code records} generated rows (and no latency rows).
     *
     * @return true when it generated, false when the data was already there
     */
    public boolean prepare(long records, Consumer<String> log) throws SQLException {
        if (alreadyGenerated(records)) {
            try (Connection c = connect(); Statement sql = c.createStatement()) {
                sql.executeUpdate("DELETE FROM heritage_site_bench WHERE id LIKE '" + LATENCY_KEY_PREFIX + "%'");
            }
            log.accept("source: reusing " + records + " rows in " + database);
            return false;
        }
        recreate(database);
        try (Connection c = connect()) {
            createTables(c);
            fillLookups(c);
            for (long from = 1; from <= records; from += CHUNK) {
                long to = Math.min(records, from + CHUNK - 1);
                insertRows(c, from, to);
                log.accept("source: " + to + " / " + records + " rows");
            }
            try (Statement sql = c.createStatement()) {
                sql.execute("ALTER TABLE heritage_site_bench ADD PRIMARY KEY (id)");
                // the incremental query (WHERE updated_at > :since ORDER BY updated_at, id) walks this index
                sql.execute("CREATE INDEX heritage_site_bench_cursor ON heritage_site_bench (updated_at, id)");
                sql.execute("INSERT INTO bench_meta VALUES (" + records + ", " + GENERATOR_VERSION + ")");
                sql.execute("VACUUM ANALYZE heritage_site_bench");
            }
        }
        return true;
    }

    /** @return average length in bytes of a row's text, to check the "about 1 KB" aim */
    public double averageRowBytes() throws SQLException {
        try (Connection c = connect(); Statement sql = c.createStatement();
                ResultSet rs = sql.executeQuery("SELECT avg(octet_length(h::text)) FROM (SELECT * FROM heritage_site_bench LIMIT 10000) h")) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    /**
     * Adds one row newer than every other, as a source system does when a record changes; the
     * next incremental run of the hub picks it up.
     */
    public void insertLatencyRow(int sample) throws SQLException {
        try (Connection c = connect();
                PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO heritage_site_bench
                        SELECT ?, name, ranking_level, heritage_type, ranking_decision, commune_code, commune_name,
                               address, latitude, longitude, description,
                               timestamp '2030-01-01 00:00:00' + ? * interval '1 second'
                          FROM heritage_site_bench WHERE id = 'DT000000001'""")) {
            insert.setString(1, LATENCY_KEY_PREFIX + String.format("%06d", sample));
            insert.setInt(2, sample);
            if (insert.executeUpdate() != 1) {
                throw new SQLException("no template row DT000000001 in " + database);
            }
        }
    }

    /** A connection to the source database; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, "");
    }

    private boolean alreadyGenerated(long records) {
        try (Connection c = connect(); Statement sql = c.createStatement();
                ResultSet rs = sql.executeQuery("SELECT records, generator FROM bench_meta")) {
            return rs.next() && rs.getLong(1) == records && rs.getInt(2) == GENERATOR_VERSION;
        } catch (SQLException e) {
            // no database or no table yet
            return false;
        }
    }

    private static void createTables(Connection c) throws SQLException {
        try (Statement sql = c.createStatement()) {
            sql.execute("""
                    CREATE UNLOGGED TABLE heritage_site_bench (
                      id               text NOT NULL,
                      name             text NOT NULL,
                      ranking_level    text,
                      heritage_type    text,
                      ranking_decision text,
                      commune_code     text,
                      commune_name     text,
                      address          text,
                      latitude         numeric(9,6),
                      longitude        numeric(9,6),
                      description      text,
                      updated_at       timestamp NOT NULL)""");
            sql.execute("CREATE TABLE bench_meta (records bigint NOT NULL, generator int NOT NULL)");
            sql.execute("CREATE TABLE bench_paragraph (n int PRIMARY KEY, text text NOT NULL)");
            sql.execute("CREATE TABLE bench_name (n int PRIMARY KEY, text text NOT NULL, village text NOT NULL)");
            sql.execute("CREATE TABLE bench_commune (n int PRIMARY KEY, code text NOT NULL, name text NOT NULL)");
        }
    }

    private static void fillLookups(Connection c) throws SQLException {
        VietnameseText text = new VietnameseText(20250701L);
        c.setAutoCommit(false);
        try (PreparedStatement paragraph = c.prepareStatement("INSERT INTO bench_paragraph VALUES (?, ?)")) {
            List<String> paragraphs = text.paragraphs(PARAGRAPHS, 170);
            for (int i = 0; i < paragraphs.size(); i++) {
                paragraph.setInt(1, i);
                paragraph.setString(2, paragraphs.get(i));
                paragraph.addBatch();
            }
            paragraph.executeBatch();
        }
        try (PreparedStatement name = c.prepareStatement("INSERT INTO bench_name VALUES (?, ?, ?)")) {
            List<String> names = text.names(NAMES);
            for (int i = 0; i < names.size(); i++) {
                name.setInt(1, i);
                name.setString(2, names.get(i));
                name.setString(3, text.village());
                name.addBatch();
            }
            name.executeBatch();
        }
        try (PreparedStatement commune = c.prepareStatement("INSERT INTO bench_commune VALUES (?, ?, ?)")) {
            List<String[]> communes = communes();
            for (int i = 0; i < communes.size(); i++) {
                commune.setInt(1, i);
                commune.setString(2, communes.get(i)[0]);
                commune.setString(3, communes.get(i)[1]);
                commune.addBatch();
            }
            commune.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement sql = c.createStatement()) {
            sql.execute("ANALYZE bench_paragraph");
            sql.execute("ANALYZE bench_name");
            sql.execute("ANALYZE bench_commune");
        }
    }

    /**
     * One chunk of rows. Every value derives from the row number {@code g} with different
     * multipliers, so neighbouring rows differ in every column; {@code updated_at} is one second
     * apart per row, distinct and in key order like a busy source system's change times.
     */
    private static void insertRows(Connection c, long from, long to) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO heritage_site_bench
                SELECT 'DT' || lpad(g::text, 9, '0'),
                       nm.text || ' ' || (1 + g % 9),
                       (ARRAY['Cấp tỉnh', 'Cấp tỉnh', 'Cấp tỉnh', 'Quốc gia', 'Quốc gia', 'Quốc gia đặc biệt'])[1 + (g % 6)::int],
                       (ARRAY['Lịch sử', 'Kiến trúc nghệ thuật', 'Khảo cổ', 'Danh lam thắng cảnh'])[1 + ((g / 6) % 4)::int],
                       (1 + g % 4999) || '/QĐ-' || (ARRAY['UBND', 'BVHTTDL', 'BVHTT'])[1 + (g % 3)::int],
                       co.code,
                       co.name,
                       'Thôn ' || nm.village || ', ' || co.name || ', tỉnh Bắc Ninh',
                       round(21.0 + ((g * 7919) % 600000) / 1000000.0, 6),
                       round(105.9 + ((g * 104729) % 1000000) / 1000000.0, 6),
                       p1.text || ' ' || p2.text,
                       timestamp '2020-01-01 00:00:00' + g * interval '1 second'
                  FROM generate_series(?::bigint, ?::bigint) AS g
                  JOIN bench_commune co ON co.n = g % (SELECT count(*) FROM bench_commune)
                  JOIN bench_name nm ON nm.n = (g * 31) % 1024
                  JOIN bench_paragraph p1 ON p1.n = g % 4096
                  JOIN bench_paragraph p2 ON p2.n = (g * 17 + 5) % 4096""")) {
            insert.setLong(1, from);
            insert.setLong(2, to);
            insert.executeUpdate();
        }
    }

    private static List<String[]> communes() {
        List<String[]> communes = new ArrayList<>();
        try (InputStream in = SourceDatabase.class.getResourceAsStream("/bench/communes-24.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    communes.add(line.split("\t", 2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return communes;
    }
}
