package vn.vhttdl.hub.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The department's databases the exchanges read from ({@code hub.datasources.<name>}).
 *
 * @param datasources by the name exchange definitions use in {@code source.datasource}
 */
@Validated
@ConfigurationProperties("hub")
public record SourceProperties(@DefaultValue Map<String, @Valid Source> datasources) {

    /**
     * One source database.
     *
     * @param url       JDBC URL (PostgreSQL, MariaDB/MySQL or H2)
     * @param username  login; a read-only account is enough
     * @param password  from an environment variable or a file, never from the repository
     * @param fetchSize rows fetched per round trip while streaming
     * @param poolSize  connections kept open
     */
    public record Source(
            @NotBlank String url,
            String username,
            String password,
            @Min(1) @Max(100000) @DefaultValue("1000") int fetchSize,
            @Min(1) @Max(32) @DefaultValue("2") int poolSize) {

        @Override
        public String toString() {
            return "Source[url=" + url + ", username=" + username + ", password=****]";
        }
    }
}
