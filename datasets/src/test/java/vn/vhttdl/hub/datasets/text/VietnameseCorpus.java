package vn.vhttdl.hub.datasets.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A corpus of genuine Unicode Vietnamese for false-positive measurements, read from the
 * project's real data rather than written for the test:
 * <ul>
 *   <li>every text cell of the administrative-unit code lists ({@code codelists/admin-units/*.csv}
 *       of the {@code schemas} module, on the class path): 2025 communes and provinces, the old
 *       communes, districts and provinces of the NSO conversion table, its notes;</li>
 *   <li>every string literal of the demo seeds ({@code hub/src/main/resources/demo/**.sql}):
 *       relic, object, accommodation and dossier names and descriptions, addresses;</li>
 *   <li>{@code vietnamese-samples.txt}.</li>
 * </ul>
 * The seed rows whose header says they are written in TCVN3 or NFD on purpose are skipped, and
 * only strings in genuine NFC Unicode Vietnamese are kept: at least one Vietnamese letter beyond
 * ASCII, nothing but ASCII, Vietnamese letters and typographic quotes and dashes, and no capital
 * beyond ASCII inside a word (TCVN3 made only of codes that are Latin-1 letters, {@code Di tÝch
 * cÊp}, gives itself away so). That leaves out, without naming them, values with Ð, zero-width
 * or control characters. "Vietnamese letter" is judged by the TCVN3 chart of
 * {@link LegacyEncoders}, not by the code under test.
 */
final class VietnameseCorpus {

    private static final List<String> ADMIN_UNIT_FILES = List.of(
            "communes-2025.csv", "provinces-2025.csv", "crosswalk-2025.csv", "crosswalk-supplement.csv",
            "old-commune-aliases.csv", "old-districts.csv", "old-provinces.csv");

    private static final String TYPOGRAPHIC = "–—“”‘’…";

    /** A seed header line naming a row written in a legacy form on purpose. */
    private static final Pattern LEGACY_ROW = Pattern.compile("(?m)^-- (?:TCVN3|VNI|VIQR|NFD) (\\S+)");

    private VietnameseCorpus() {
    }

    /** @return the distinct genuine strings of all sources, in a stable order */
    static List<String> genuine() {
        Set<String> corpus = new LinkedHashSet<>();
        Stream.of(adminUnitCells(), demoSeedLiterals(), VietnameseSamples.vietnamese())
                .flatMap(List::stream)
                .filter(VietnameseCorpus::isGenuineVietnamese)
                .forEach(corpus::add);
        return List.copyOf(corpus);
    }

    /**
     * @return the rows the corpus strings come from, as the hub would read them: the cells of
     *     each line of the admin-unit code lists, the literals of each demo-seed row (one line),
     *     and each sample on its own; a row keeps only its genuine and plain-ASCII cells
     */
    static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (String file : ADMIN_UNIT_FILES) {
            readAdminUnitLines(file).forEach(line -> rows.add(csvCells(line)));
        }
        for (String script : demoSeedScripts()) {
            script.lines().forEach(line -> rows.add(sqlStringLiterals(line)));
        }
        VietnameseSamples.vietnamese().forEach(sample -> rows.add(List.of(sample)));
        return rows.stream()
                .map(row -> row.stream().filter(cell -> isGenuineVietnamese(cell) || isPlainAscii(cell)).toList())
                .filter(row -> row.stream().anyMatch(VietnameseCorpus::isGenuineVietnamese))
                .toList();
    }

    /** @return the lines of a class-path text resource, without blank lines and {@code #} comments */
    static List<String> resourceLines(String resource) {
        try (InputStream in = Objects.requireNonNull(VietnameseCorpus.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPlainAscii(String text) {
        return !text.isBlank() && text.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }

    /** @return the distinct plain-ASCII string literals of the demo seeds: codes, URLs, e-mail addresses, numbers */
    static List<String> asciiDemoLiterals() {
        return demoSeedLiterals().stream()
                .filter(text -> text.chars().allMatch(c -> c < 0x80))
                .distinct()
                .toList();
    }

    static boolean isGenuineVietnamese(String text) {
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return false;
        }
        boolean vietnameseLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = LegacyEncoders.tcvn3ByteOf(c) >= 0;
            vietnameseLetter |= letter;
            boolean allowed = (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t' || letter || TYPOGRAPHIC.indexOf(c) >= 0;
            // a capital beyond ASCII after a small letter (tÝch, cÊp) is TCVN3 read as Latin-1
            boolean oddCapital = c >= 0x80 && Character.isUpperCase(c) && i > 0 && Character.isLowerCase(text.charAt(i - 1));
            if (!allowed || oddCapital) {
                return false;
            }
        }
        return vietnameseLetter;
    }

    static List<String> adminUnitCells() {
        List<String> cells = new ArrayList<>();
        for (String file : ADMIN_UNIT_FILES) {
            readAdminUnitLines(file).forEach(line -> cells.addAll(csvCells(line)));
        }
        return cells;
    }

    /** @return the data lines of one code list, without its comment lines and its header */
    private static List<String> readAdminUnitLines(String file) {
        String resource = "/codelists/admin-units/" + file;
        try (InputStream in = Objects.requireNonNull(VietnameseCorpus.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#")).skip(1).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> demoSeedLiterals() {
        List<String> literals = new ArrayList<>();
        demoSeedScripts().forEach(script -> literals.addAll(sqlStringLiterals(script)));
        return literals;
    }

    /** The demo seeds belong to the hub module; the tests run from this module's directory. */
    private static List<String> demoSeedScripts() {
        Path demo = Path.of(System.getProperty("basedir", "."), "..", "hub", "src", "main", "resources", "demo");
        if (!Files.isDirectory(demo)) {
            throw new IllegalStateException("demo seeds not found at " + demo.toAbsolutePath().normalize());
        }
        List<String> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(demo)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".sql")).sorted().toList()) {
                scripts.add(withoutLegacyRows(Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scripts;
    }

    /**
     * @return the script without the rows its header names as written in a legacy form on
     *     purpose ({@code -- TCVN3 DT-0002 Đình Thổ Hà}, {@code -- NFD DT-0105 …}); a seed row is
     *     one line
     */
    static String withoutLegacyRows(String sql) {
        Matcher legacy = LEGACY_ROW.matcher(sql);
        Set<String> ids = new HashSet<>();
        while (legacy.find()) {
            ids.add("'" + legacy.group(1) + "'");
        }
        return sql.lines()
                .filter(line -> line.startsWith("--") || ids.stream().noneMatch(line::contains))
                .collect(Collectors.joining("\n"));
    }

    /** @return the {@code '...'} literals of a SQL script, {@code ''} unescaped, comments skipped */
    static List<String> sqlStringLiterals(String sql) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (c == '\'') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < sql.length()) {
                    if (sql.charAt(i) == '\'') {
                        if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                            literal.append('\'');
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    literal.append(sql.charAt(i++));
                }
                literals.add(literal.toString());
                i++;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** @return the cells of one CSV line (RFC 4180 quoting, no line breaks inside quotes) */
    static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** @return the text without Vietnamese marks, đ as d, as Vietnamese is often typed in ASCII ({@code Chua Vinh Nghiem}) */
    static String withoutMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D');
    }
}
