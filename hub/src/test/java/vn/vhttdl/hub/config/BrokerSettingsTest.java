package vn.vhttdl.hub.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.deployers.impl.FileConfigurationParser;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * The embedded broker's settings, and config/broker.xml for a standalone broker: the same journal
 * buffer, memory bounds and paging, so a batch is an ordinary message and the heap stays bounded
 * with either broker.
 */
class BrokerSettingsTest {

    /** The defaults an administrator gets, bound as Spring binds them. */
    private static final Binder NOTHING_SET = new Binder(new MapConfigurationPropertySource());
    private static final BrokerProperties DEFAULTS = NOTHING_SET.bindOrCreate("hub.broker", BrokerProperties.class);
    private static final EngineProperties ENGINE = NOTHING_SET.bindOrCreate("hub", EngineProperties.class);

    @Test
    void theEmbeddedJournalHoldsTheLargestOrdinaryBatchAndTheQueuesPage() {
        Configuration embedded = new ConfigurationImpl();
        new EmbeddedBrokerSettings(DEFAULTS, ENGINE).customize(embedded);

        assertThat(embedded.getJournalBufferSize_NIO()).isGreaterThan(LargeBatchMessages.MIN_LARGE_MESSAGE_SIZE);
        assertThat(embedded.getJournalBufferSize_AIO()).isGreaterThan(LargeBatchMessages.MIN_LARGE_MESSAGE_SIZE);
        assertThat(embedded.getJournalFileSize()).isGreaterThanOrEqualTo(embedded.getJournalBufferSize_NIO());
        assertThat(embedded.getGlobalMaxSize()).isEqualTo(DataSize.ofMegabytes(128).toBytes());
        AddressSettings delivery = embedded.getAddressSettings().get(ENGINE.queuePrefix() + "#");
        assertThat(delivery.getMaxSizeBytes()).isEqualTo(DataSize.ofMegabytes(32).toBytes());
        assertThat(delivery.getAddressFullMessagePolicy()).isEqualTo(AddressFullMessagePolicy.PAGE);
        assertThat(delivery.getMaxDeliveryAttempts()).isEqualTo(-1);
        assertThat(embedded.getAddressSettings().get(ENGINE.deadLetterPrefix() + "#").getAddressFullMessagePolicy())
                .isEqualTo(AddressFullMessagePolicy.PAGE);
    }

    @Test
    void theStandaloneBrokerXmlMirrorsTheEmbeddedSettings() throws Exception {
        Configuration embedded = new ConfigurationImpl();
        new EmbeddedBrokerSettings(DEFAULTS, ENGINE).customize(embedded);
        Configuration standalone;
        try (InputStream in = Files.newInputStream(Path.of("..", "config", "broker.xml"))) {
            standalone = new FileConfigurationParser().parseMainConfig(in);
        }

        assertThat(standalone.isJournalDatasync()).isTrue();
        // journal-buffer-size sets the buffer of the journal type the file names (or the broker detects)
        int buffer = standalone.getJournalType() == JournalType.ASYNCIO ? standalone.getJournalBufferSize_AIO()
                : standalone.getJournalBufferSize_NIO();
        assertThat(buffer).isEqualTo(embedded.getJournalBufferSize_NIO());
        assertThat(standalone.getJournalFileSize()).isGreaterThanOrEqualTo(buffer);
        assertThat(standalone.getGlobalMaxSize()).isEqualTo(embedded.getGlobalMaxSize());
        for (String match : new String[] {ENGINE.queuePrefix() + "#", ENGINE.deadLetterPrefix() + "#"}) {
            AddressSettings file = standalone.getAddressSettings().get(match);
            AddressSettings code = embedded.getAddressSettings().get(match);
            assertThat(file).as(match).isNotNull();
            assertThat(file.getMaxSizeBytes()).as(match).isEqualTo(code.getMaxSizeBytes());
            assertThat(file.getAddressFullMessagePolicy()).as(match).isEqualTo(code.getAddressFullMessagePolicy());
            assertThat(file.getMaxDeliveryAttempts()).as(match).isEqualTo(code.getMaxDeliveryAttempts());
        }
        AddressSettings delivery = standalone.getAddressSettings().get(ENGINE.queuePrefix() + "#");
        assertThat(delivery.getRedeliveryDelay()).isEqualTo(DEFAULTS.redeliveryDelay().toMillis());
        assertThat(delivery.getMaxRedeliveryDelay()).isEqualTo(DEFAULTS.maxRedeliveryDelay().toMillis());
    }
}
