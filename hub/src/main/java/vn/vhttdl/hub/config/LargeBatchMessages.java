package vn.vhttdl.hub.config;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Raises the client's large-message threshold above the size of a batch. A 500-record batch is
 * about 0.5 MB; above Artemis's default of 100 KiB it would travel as a "large message", whose
 * body the consumer copies one byte at a time — a quarter of the hub's CPU in the benchmark
 * (bench/README.md, profile findings). Spring Boot has no property for it, and for the embedded
 * broker no URL to carry it, so the connection factory is adjusted as it is created.
 */
@Component
class LargeBatchMessages implements BeanPostProcessor {

    /** Batches up to this size travel as ordinary messages (5,000 records of ~1 KB fit). */
    static final int MIN_LARGE_MESSAGE_SIZE = 8 * 1024 * 1024;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        ActiveMQConnectionFactory artemis = null;
        if (bean instanceof ActiveMQConnectionFactory direct) {
            artemis = direct;
        } else if (bean instanceof CachingConnectionFactory caching
                && caching.getTargetConnectionFactory() instanceof ActiveMQConnectionFactory target) {
            artemis = target;
        }
        if (artemis != null) {
            artemis.setMinLargeMessageSize(MIN_LARGE_MESSAGE_SIZE);
        }
        return bean;
    }
}
