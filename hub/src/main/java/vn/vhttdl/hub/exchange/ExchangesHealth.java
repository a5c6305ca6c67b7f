package vn.vhttdl.hub.exchange;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Exchanges in the health report: how many loaded and which files were refused. A refused file
 * does not make the hub DOWN, since the other exchanges run; it is listed for the administrator.
 */
@Component("exchanges")
public class ExchangesHealth implements HealthIndicator {

    private final ExchangeRegistry registry;

    public ExchangesHealth(ExchangeRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("loaded", registry.catalog().exchanges().size())
                .withDetail("refused", registry.errorsByFile().keySet())
                .build();
    }
}
