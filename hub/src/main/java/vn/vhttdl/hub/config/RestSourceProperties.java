package vn.vhttdl.hub.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The paged JSON APIs exchanges read from ({@code hub.rest-sources.<name>}), such as the smart
 * tourism system's.
 *
 * @param restSources by the name exchange definitions use in {@code source.endpoint}
 */
@Validated
@ConfigurationProperties("hub")
public record RestSourceProperties(@DefaultValue Map<String, @Valid RestSource> restSources) {

    /**
     * One API.
     *
     * @param baseUrl         scheme, host, port (and context); exchange paths are appended
     * @param timeout         connect and response timeout of one page request
     * @param pageSize        items asked for per page
     * @param auth            how requests authenticate: {@code none}, {@code basic} or
     *                        {@code oauth2-client-credentials}, with the same settings as a connector's
     * @param retry           retries of a page that failed transiently
     * @param maxPageSize     largest page read; a larger one fails the run
     * @param maxJsonDepth    deepest JSON nesting read in a page
     * @param maxStringLength longest JSON string read in a page, in characters
     */
    public record RestSource(
            @NotBlank String baseUrl,
            @NotNull @DefaultValue("30s") Duration timeout,
            @Min(1) @Max(5000) @DefaultValue("200") int pageSize,
            @Valid @DefaultValue ConnectorProperties.Auth auth,
            @Valid @DefaultValue PageRetry retry,
            @NotNull @DefaultValue("16MB") DataSize maxPageSize,
            @Min(4) @Max(500) @DefaultValue("32") int maxJsonDepth,
            @Min(1024) @DefaultValue("1000000") int maxStringLength) {
    }

    /**
     * Retries of one page (transient failures: connection errors, timeouts, 5xx, 429, 408, one 401).
     *
     * @param attempts     calls in all for one page, the first included
     * @param initialDelay wait before the first retry
     * @param multiplier   growth of the wait per retry
     * @param maxDelay     longest wait, also the cap of a {@code Retry-After} the API asks for
     */
    public record PageRetry(
            @Min(1) @Max(20) @DefaultValue("4") int attempts,
            @NotNull @DefaultValue("500ms") Duration initialDelay,
            @DecimalMin("1.0") @DefaultValue("2.0") double multiplier,
            @NotNull @DefaultValue("10s") Duration maxDelay) {
    }
}
