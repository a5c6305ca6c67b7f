package vn.vhttdl.hub.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * One demo seed script under {@code demo/}: the source database of one department system, as
 * {@code scripts/gen-*-seed*.py} writes it. Its header names the datasource it belongs in
 * ({@code -- Datasource: museum}; the heritage seed predates the line and goes to
 * {@code heritage}); its first {@code CREATE TABLE} names the table whose presence means the
 * seed has already run.
 *
 * @param name       file name, for logs
 * @param resource   the script
 * @param datasource {@code hub.datasources.<name>} to run it in
 * @param table      the table it creates, lower case
 */
record DemoSeedFile(String name, Resource resource, String datasource, String table) {

    /** The datasource of a seed whose header names none: the first demo, heritage sites. */
    static final String DEFAULT_DATASOURCE = "heritage";

    private static final Pattern DATASOURCE = Pattern.compile("^-- Datasource: ([A-Za-z0-9_-]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern TABLE = Pattern.compile("^\\s*CREATE TABLE (?:IF NOT EXISTS )?([A-Za-z_][A-Za-z0-9_]*)",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    /** Reads the header and the first CREATE TABLE of a seed script. */
    static DemoSeedFile of(Resource resource) throws IOException {
        String text;
        try (InputStream in = resource.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String name = resource.getFilename();
        Matcher table = TABLE.matcher(text);
        if (!table.find()) {
            throw new IllegalStateException("Demo seed " + name + " creates no table");
        }
        Matcher datasource = DATASOURCE.matcher(text);
        String target = Optional.of(datasource).filter(Matcher::find).map(m -> m.group(1)).orElse(DEFAULT_DATASOURCE);
        return new DemoSeedFile(name, resource, target, table.group(1).toLowerCase(Locale.ROOT));
    }
}
