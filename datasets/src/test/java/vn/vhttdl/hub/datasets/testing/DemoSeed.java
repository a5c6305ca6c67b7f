package vn.vhttdl.hub.datasets.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A demo seed of the hub ({@code hub/src/main/resources/demo/<file>}) loaded into a fresh H2
 * database, read through the exchange's own query ({@code routes/sql/<file>}) as the hub runs
 * it, with {@code :since} at the beginning of time. The header comments list what the seed holds
 * on purpose: {@code -- INVALID <key> <field> <reason>} and other tagged lines.
 */
public final class DemoSeed {

    private static final Path DEMO = Path.of("..", "hub", "src", "main", "resources", "demo");
    private static final Path ROUTES = Path.of("..", "routes");

    private final List<String> headerLines;
    private final List<Map<String, Object>> rows;

    private DemoSeed(List<String> headerLines, List<Map<String, Object>> rows) {
        this.headerLines = headerLines;
        this.rows = rows;
    }

    /**
     * @param seedFile  file name under {@code hub/src/main/resources/demo/}
     * @param routeSql  file name under {@code routes/sql/}
     */
    public static DemoSeed load(String seedFile, String routeSql) {
        Path seed = DEMO.resolve(seedFile).toAbsolutePath().normalize();
        try {
            List<String> header = Files.readAllLines(seed, StandardCharsets.UTF_8).stream()
                    .takeWhile(line -> line.startsWith("--") || line.isBlank()).toList();
            String query = Files.readString(ROUTES.resolve("sql").resolve(routeSql), StandardCharsets.UTF_8);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:seed-" + System.nanoTime());
                    Statement statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + seed.toString().replace("'", "''") + "' CHARSET 'UTF-8'");
                try (PreparedStatement select = connection.prepareStatement(query.replace(":since", "?"))) {
                    int parameters = select.getParameterMetaData().getParameterCount();
                    for (int i = 1; i <= parameters; i++) {
                        select.setTimestamp(i, Timestamp.valueOf(LocalDateTime.of(1900, 1, 1, 0, 0)));
                    }
                    try (ResultSet result = select.executeQuery()) {
                        ResultSetMetaData meta = result.getMetaData();
                        while (result.next()) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            for (int i = 1; i <= meta.getColumnCount(); i++) {
                                // H2 answers in capitals (ID): the datasets must not care
                                row.put(meta.getColumnLabel(i), result.getObject(i));
                            }
                            rows.add(row);
                        }
                    }
                }
            }
            return new DemoSeed(header, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The seed " + seedFile + " or query " + routeSql + " does not run on H2", e);
        }
    }

    /** @return the rows, in the query's order */
    public List<Map<String, Object>> rows() {
        return rows;
    }

    /** @return for each header line {@code -- <tag> <key> <first word> ...}: key → first word */
    public Map<String, String> listed(String tag) {
        Map<String, String> listed = new TreeMap<>();
        for (String line : headerLines) {
            String[] words = line.split(" ", 5);
            if (words.length >= 4 && words[0].equals("--") && words[1].equals(tag)) {
                listed.put(words[2], words[3]);
            }
        }
        return listed;
    }

    /** @return for each header line {@code -- <tag> <key> <rest>}: key → rest of the line */
    public Map<String, String> listedWithText(String tag) {
        Map<String, String> listed = new TreeMap<>();
        for (String line : headerLines) {
            String[] words = line.split(" ", 4);
            if (words.length == 4 && words[0].equals("--") && words[1].equals(tag)) {
                listed.put(words[2], words[3]);
            }
        }
        return listed;
    }
}
