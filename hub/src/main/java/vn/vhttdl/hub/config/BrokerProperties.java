package vn.vhttdl.hub.config;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the embedded broker treats a batch that went back to its delivery queue (its target's
 * circuit was open, or the hub stopped mid-delivery), and how much of the heap its queues may
 * hold. A standalone broker needs the same address settings in its broker.xml (see
 * config/broker.xml).
 *
 * @param redeliveryDelay      first wait before the broker hands the batch out again
 * @param redeliveryMultiplier growth of that wait
 * @param maxRedeliveryDelay   longest wait
 * @param queueMemory          batches one delivery queue keeps in memory; beyond it the broker
 *                             pages them to disk (extraction outruns delivery, so without a bound
 *                             the waiting batches would fill the heap)
 * @param brokerMemory         the same bound for all queues together (many exchanges at night)
 */
@Validated
@ConfigurationProperties("hub.broker")
public record BrokerProperties(
        @NotNull @DefaultValue("5s") Duration redeliveryDelay,
        @DecimalMin("1.0") @DefaultValue("2.0") double redeliveryMultiplier,
        @NotNull @DefaultValue("5m") Duration maxRedeliveryDelay,
        @NotNull @DefaultValue("32MB") DataSize queueMemory,
        @NotNull @DefaultValue("128MB") DataSize brokerMemory) {
}
