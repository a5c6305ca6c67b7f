package vn.vhttdl.hub.config;

import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Settings of the embedded broker (a standalone broker gets the same from config/broker.xml).
 *
 * <ul>
 * <li>Delivery queues never give up on a batch by themselves (no max-delivery-attempts): the hub
 * decides when a batch is dead and puts it in the exchange's own dead-letter queue with the
 * reason. Journal sync stays at Artemis' default (on), so an enqueued batch survives a power cut.
 * <li>The journal buffer holds the largest ordinary batch. The broker turns any message bigger
 * than its journal buffer (490 KiB by default) into a "large message", whose body the consumer
 * then copies one byte at a time — a quarter of the hub's CPU with 500-record batches
 * (bench/README.md). Batches up to {@link LargeBatchMessages#MIN_LARGE_MESSAGE_SIZE} travel as
 * ordinary messages on the client, so the buffer (and the journal file, which must hold a whole
 * record) is that plus room for the message's headers.
 * <li>Delivery queues hold at most {@link BrokerProperties#queueMemory()} in the heap, all queues
 * together {@link BrokerProperties#brokerMemory()}, then <b>page</b> to disk. Not BLOCK: a blocked
 * send would stall the extraction for as long as the target is slow or down (its circuit can stay
 * open for hours), keeping the source's read transaction open, the run unsettled and a graceful
 * shutdown waiting; the queue exists to hold that backlog, durably, on disk.
 * </ul>
 */
@Component
public class EmbeddedBrokerSettings implements ArtemisConfigurationCustomizer {

    /** Room for a batch's headers (batch id, run id, duplicate id) above its body. */
    static final int HEADER_ROOM = 64 * 1024;
    /** The journal buffer: the largest ordinary batch and its headers. */
    static final int JOURNAL_BUFFER_SIZE = LargeBatchMessages.MIN_LARGE_MESSAGE_SIZE + HEADER_ROOM;

    private final BrokerProperties broker;
    private final EngineProperties engine;

    public EmbeddedBrokerSettings(BrokerProperties broker, EngineProperties engine) {
        this.broker = broker;
        this.engine = engine;
    }

    @Override
    public void customize(org.apache.activemq.artemis.core.config.Configuration configuration) {
        configuration.setJournalBufferSize_NIO(JOURNAL_BUFFER_SIZE);
        configuration.setJournalBufferSize_AIO(JOURNAL_BUFFER_SIZE);
        if (configuration.getJournalFileSize() < JOURNAL_BUFFER_SIZE) {
            configuration.setJournalFileSize(JOURNAL_BUFFER_SIZE);
        }
        configuration.setGlobalMaxSize(broker.brokerMemory().toBytes());
        configuration.addAddressSetting(engine.queuePrefix() + "#", new AddressSettings()
                .setMaxDeliveryAttempts(-1)
                .setRedeliveryDelay(broker.redeliveryDelay().toMillis())
                .setRedeliveryMultiplier(broker.redeliveryMultiplier())
                .setMaxRedeliveryDelay(broker.maxRedeliveryDelay().toMillis())
                .setMaxSizeBytes(broker.queueMemory().toBytes())
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE));
        configuration.addAddressSetting(engine.deadLetterPrefix() + "#", new AddressSettings()
                .setMaxDeliveryAttempts(-1)
                .setMaxSizeBytes(broker.queueMemory().toBytes())
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE));
    }
}
