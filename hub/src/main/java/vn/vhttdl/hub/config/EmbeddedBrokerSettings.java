package vn.vhttdl.hub.config;

import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Address settings of the embedded broker. Delivery queues never give up on a batch by
 * themselves (no max-delivery-attempts): the hub decides when a batch is dead and puts it in the
 * exchange's own dead-letter queue with the reason. Journal sync stays at Artemis' default (on),
 * so an enqueued batch survives a power cut.
 */
@Component
public class EmbeddedBrokerSettings implements ArtemisConfigurationCustomizer {

    private final BrokerProperties broker;
    private final EngineProperties engine;

    public EmbeddedBrokerSettings(BrokerProperties broker, EngineProperties engine) {
        this.broker = broker;
        this.engine = engine;
    }

    @Override
    public void customize(org.apache.activemq.artemis.core.config.Configuration configuration) {
        configuration.addAddressSetting(engine.queuePrefix() + "#", new AddressSettings()
                .setMaxDeliveryAttempts(-1)
                .setRedeliveryDelay(broker.redeliveryDelay().toMillis())
                .setRedeliveryMultiplier(broker.redeliveryMultiplier())
                .setMaxRedeliveryDelay(broker.maxRedeliveryDelay().toMillis()));
        configuration.addAddressSetting(engine.deadLetterPrefix() + "#", new AddressSettings()
                .setMaxDeliveryAttempts(-1));
    }
}
