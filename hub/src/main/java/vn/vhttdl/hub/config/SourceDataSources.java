package vn.vhttdl.hub.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Connection pools to the department's source databases, opened on first use. They are not
 * Spring {@code DataSource} beans on purpose: the hub's own store stays the one DataSource that
 * Spring Boot configures (Flyway, transactions, health).
 */
@Component
public class SourceDataSources implements DisposableBean {

    private final SourceProperties properties;
    private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();

    public SourceDataSources(SourceProperties properties) {
        this.properties = properties;
    }

    public Set<String> names() {
        return properties.datasources().keySet();
    }

    public SourceProperties.Source settings(String name) {
        SourceProperties.Source source = properties.datasources().get(name);
        if (source == null) {
            throw new IllegalArgumentException("No datasource hub.datasources." + name);
        }
        return source;
    }

    public DataSource get(String name) {
        return pools.computeIfAbsent(name, n -> {
            SourceProperties.Source source = settings(n);
            HikariConfig config = new HikariConfig();
            config.setPoolName("source-" + n);
            config.setJdbcUrl(source.url());
            config.setUsername(source.username());
            config.setPassword(source.password());
            config.setMaximumPoolSize(source.poolSize());
            config.setMinimumIdle(0);
            config.setReadOnly(true);
            return new HikariDataSource(config);
        });
    }

    @Override
    public void destroy() {
        pools.values().forEach(HikariDataSource::close);
    }
}
