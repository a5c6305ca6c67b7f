package vn.vhttdl.hub.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.config.SourceDataSources;

/**
 * In the demo, fills the department's source databases (H2 files) the first time it starts, so
 * every exchange has something real to move: each script under {@code demo/} (heritage sites,
 * museum objects, tourism, cultural titles, library, sports, and the one-stop system's TTHC
 * dossiers under {@code demo/mariadb/}) runs in the datasource its header
 * names, unless the table it creates is already there. Scripts are read as UTF-8 whatever the
 * platform's default, since they are full of Vietnamese text.
 */
@Component
@Profile("demo")
public class DemoSourceSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSourceSeeder.class);

    /**
     * The seed scripts, on the class path: H2/PostgreSQL ones in {@code demo/}, and in
     * {@code demo/mariadb/} those written for MariaDB, which the demo runs in H2's MariaDB mode.
     */
    static final List<String> SEEDS = List.of("classpath:demo/*.sql", "classpath:demo/mariadb/*.sql");

    private final SourceDataSources sources;
    private final ResourcePatternResolver resources;

    @Autowired
    public DemoSourceSeeder(SourceDataSources sources) {
        this(sources, new PathMatchingResourcePatternResolver(DemoSourceSeeder.class.getClassLoader()));
    }

    /** For tests: seeds found by another resolver. */
    DemoSourceSeeder(SourceDataSources sources, ResourcePatternResolver resources) {
        this.sources = sources;
        this.resources = resources;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException, SQLException {
        seedAll();
    }

    /** @return the seeds that ran now, by file name; those whose table existed are skipped */
    List<String> seedAll() throws IOException, SQLException {
        List<String> seeded = new ArrayList<>();
        for (DemoSeedFile seed : seeds()) {
            if (!sources.names().contains(seed.datasource())) {
                LOG.warn("Demo seed {} skipped: no datasource hub.datasources.{} is configured", seed.name(), seed.datasource());
                continue;
            }
            if (seed(seed)) {
                seeded.add(seed.name());
            }
        }
        return seeded;
    }

    private List<DemoSeedFile> seeds() throws IOException {
        List<DemoSeedFile> seeds = new ArrayList<>();
        for (String pattern : SEEDS) {
            Resource[] found = resources.getResources(pattern);
            Arrays.sort(found, Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(Comparator.naturalOrder())));
            for (Resource resource : found) {
                seeds.add(DemoSeedFile.of(resource));
            }
        }
        return seeds;
    }

    private boolean seed(DemoSeedFile seed) throws SQLException {
        try (Connection connection = sources.get(seed.datasource()).getConnection()) {
            connection.setReadOnly(false);
            if (hasTable(connection, seed.table())) {
                return false;
            }
            ScriptUtils.executeSqlScript(connection, new EncodedResource(seed.resource(), StandardCharsets.UTF_8));
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            LOG.info("Demo source database '{}' seeded from {} (table {})", seed.datasource(), seed.name(), seed.table());
            return true;
        }
    }

    /** H2 keeps unquoted names in capitals, PostgreSQL in lower case: look for both. */
    private static boolean hasTable(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of(table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
            try (ResultSet tables = meta.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
