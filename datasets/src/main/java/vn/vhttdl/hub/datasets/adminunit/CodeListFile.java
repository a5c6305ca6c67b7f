package vn.vhttdl.hub.datasets.adminunit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One code-list file of the {@code schemas} module: UTF-8 CSV with a header of {@code # } comment
 * lines (origin, {@code version:}), then a line of column names, then the rows. Quoted cells
 * ({@code "Nhập một phần diện tích, toàn bộ dân số"}) are read as CSV quotes them.
 */
final class CodeListFile {

    private final String resource;
    private final List<String> comments;
    private final Map<String, Integer> columns;
    private final List<String[]> rows;

    private CodeListFile(String resource, List<String> comments, Map<String, Integer> columns, List<String[]> rows) {
        this.resource = resource;
        this.comments = comments;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads {@code resource} from the class path. */
    static CodeListFile read(String resource) {
        InputStream in = CodeListFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new AdminUnitDataException(resource, "not on the class path (is the schemas module a dependency?)");
        }
        List<String> comments = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#")) {
                    comments.add(line.substring(1).strip());
                } else if (line.isBlank()) {
                    continue;
                } else if (columns.isEmpty()) {
                    String[] names = split(line, resource, number);
                    for (int i = 0; i < names.length; i++) {
                        columns.put(names[i], i);
                    }
                } else {
                    String[] cells = split(line, resource, number);
                    if (cells.length != columns.size()) {
                        throw new AdminUnitDataException(resource, "line " + number + " has " + cells.length
                                + " cells, the header " + columns.size());
                    }
                    rows.add(cells);
                }
            }
        } catch (IOException e) {
            throw new AdminUnitDataException(resource, "cannot be read: " + e.getMessage(), e);
        }
        return new CodeListFile(resource, List.copyOf(comments), Map.copyOf(columns), List.copyOf(rows));
    }

    /** @return the value of the header line {@code # <name>: value}, e.g. {@code version} */
    Optional<String> headerValue(String name) {
        String prefix = name + ":";
        return comments.stream().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()).strip()).findFirst();
    }

    List<String[]> rows() {
        return rows;
    }

    /** @return the index of a column, failing when the file lacks it */
    int column(String name) {
        Integer index = columns.get(name);
        if (index == null) {
            throw new AdminUnitDataException(resource, "has no column '" + name + "'");
        }
        return index;
    }

    String resource() {
        return resource;
    }

    private static String[] split(String line, String resource, int number) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new AdminUnitDataException(resource, "line " + number + " ends inside a quoted cell");
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }
}
