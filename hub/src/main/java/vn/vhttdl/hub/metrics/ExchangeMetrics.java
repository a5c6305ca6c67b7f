package vn.vhttdl.hub.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Per-exchange record counters, scraped at {@code /actuator/prometheus} as
 * {@code hub_records_read_total{exchange="..."}} and so on. Labels carry exchange ids only, never
 * record content.
 */
@Component
public class ExchangeMetrics {

    private final MeterRegistry registry;

    public ExchangeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void read(String exchange, long n) {
        counter("hub.records.read", exchange, "Records read from the source").increment(n);
    }

    public void rejected(String exchange, long n) {
        counter("hub.records.rejected", exchange, "Records quarantined as invalid").increment(n);
    }

    public void delivered(String exchange, long n) {
        counter("hub.records.delivered", exchange, "Records acknowledged by the target").increment(n);
    }

    public void failed(String exchange, long n) {
        counter("hub.records.failed", exchange, "Records whose delivery failed and went to the dead-letter queue").increment(n);
    }

    private Counter counter(String name, String exchange, String description) {
        return Counter.builder(name).tag("exchange", exchange).description(description).register(registry);
    }
}
