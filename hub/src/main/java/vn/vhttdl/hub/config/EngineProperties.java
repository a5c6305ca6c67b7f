package vn.vhttdl.hub.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The exchange engine.
 *
 * @param routesDir    folder of the exchange definitions ({@code *.yaml}) and the SQL files they name
 * @param runThreads   runs that may extract at the same time (each exchange runs at most once at a time)
 * @param queuePrefix  prefix of each exchange's delivery queue ({@code hub.deliver.<exchange>})
 * @param deadLetterPrefix prefix of each exchange's dead-letter queue ({@code hub.dead.<exchange>})
 * @param pipelineThreads workers that run the per-record pipeline (text repair, validation, mapping,
 *                     schema check, hash) for all runs; reading, batching and enqueueing stay on
 *                     the run's thread, in source order. 0 (the default) = the available processors;
 *                     1 = no pool, each run processes its rows on its own thread
 */
@Validated
@ConfigurationProperties("hub")
public record EngineProperties(
        @NotNull @DefaultValue("routes") Path routesDir,
        @Min(1) @Max(16) @DefaultValue("2") int runThreads,
        @NotNull @DefaultValue("hub.deliver.") String queuePrefix,
        @NotNull @DefaultValue("hub.dead.") String deadLetterPrefix,
        @Min(0) @Max(64) @DefaultValue("0") int pipelineThreads) {

    public EngineProperties {
        if (pipelineThreads == 0) {
            pipelineThreads = Runtime.getRuntime().availableProcessors();
        }
    }
}
