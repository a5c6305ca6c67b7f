package vn.vhttdl.hub.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.config.SourceDataSources;

/**
 * In the demo, fills the department's heritage database (an H2 file) with the province's relics
 * the first time it starts, so the exchange has something real to move.
 */
@Component
@Profile("demo")
public class DemoSourceSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSourceSeeder.class);
    static final String SEED = "demo/heritage-source.sql";

    private final SourceDataSources sources;

    public DemoSourceSeeder(SourceDataSources sources) {
        this.sources = sources;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        try (Connection connection = sources.get("heritage").getConnection()) {
            connection.setReadOnly(false);
            if (hasTable(connection)) {
                return;
            }
            ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(SEED), StandardCharsets.UTF_8));
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            LOG.info("Demo heritage database seeded from {}", SEED);
        }
    }

    private static boolean hasTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "DT_DI_TICH", null)) {
            return tables.next();
        }
    }
}
