package vn.vhttdl.hub.config;

import jakarta.jms.ConnectionFactory;
import java.time.Clock;
import org.apache.camel.component.jms.JmsComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vhttdl.hub.datasets.RecordValidator;
import vn.vhttdl.hub.schemas.SchemaCatalog;

/** The hub's shared building blocks. */
@Configuration(proxyBeanMethods = false)
public class HubConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SchemaCatalog schemaCatalog() {
        return new SchemaCatalog();
    }

    @Bean
    RecordValidator recordValidator() {
        return new RecordValidator();
    }

    /**
     * Camel's JMS component on the broker Spring Boot connects to (embedded Artemis by default,
     * a standalone broker with {@code spring.artemis.mode=native}). Messages are persistent.
     */
    @Bean("jms")
    JmsComponent jms(ConnectionFactory connectionFactory) {
        JmsComponent jms = JmsComponent.jmsComponent(connectionFactory);
        jms.setDeliveryPersistent(true);
        return jms;
    }
}
