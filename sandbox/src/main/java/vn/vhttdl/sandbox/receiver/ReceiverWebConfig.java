package vn.vhttdl.sandbox.receiver;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import vn.vhttdl.hub.schemas.SchemaCatalog;
import vn.vhttdl.sandbox.SandboxProperties;
import vn.vhttdl.sandbox.fault.ReceiverFaults;
import vn.vhttdl.sandbox.received.ReceivedRecords;

/**
 * Puts the configured receivers on the web: one handler per configured path (paths come from
 * configuration, so they are mapped here rather than with {@code @PostMapping}), the call
 * counter in front of them, and the Tomcat valve that can lose an acknowledgement.
 */
@Configuration(proxyBeanMethods = false)
public class ReceiverWebConfig {

    @Bean
    SchemaCatalog schemaCatalog() {
        return new SchemaCatalog();
    }

    @Bean
    BatchJson batchJson(SandboxProperties properties) {
        long maxBytes = properties.getMaxBatchSize().toBytes();
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("sandbox.max-batch-size must be between 1 byte and 2 GB, not "
                    + properties.getMaxBatchSize());
        }
        return new BatchJson((int) maxBytes, properties.getMaxJsonDepth(), properties.getMaxJsonStringLength());
    }

    @Bean
    BatchReceiver batchReceiver(ReceiverFaults faults, ReceivedRecords received, BatchJson batchJson,
            SchemaCatalog catalog, ObjectMapper json) {
        return new BatchReceiver(faults, received, batchJson, new BatchValidator(catalog), json);
    }

    @Bean
    SimpleUrlHandlerMapping receiverMapping(Receivers receivers, BatchReceiver batchReceiver) {
        Map<String, HttpRequestHandler> handlers = new LinkedHashMap<>();
        for (String path : receivers.paths()) {
            String format = receivers.formatOf(path).orElseThrow();
            handlers.put(path, (request, response) -> batchReceiver.receive(path, format, request, response));
        }
        // ahead of the static-resource mapping, which would otherwise claim every path
        return new SimpleUrlHandlerMapping(handlers, 0);
    }

    @Bean
    FilterRegistrationBean<ReceiverCallCounter> receiverCallCounter(Receivers receivers, ReceivedRecords received) {
        FilterRegistrationBean<ReceiverCallCounter> registration =
                new FilterRegistrationBean<>(new ReceiverCallCounter(received));
        registration.setUrlPatterns(receivers.paths());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> lostAcknowledgements() {
        return factory -> factory.addContextValves(new LostAcknowledgementValve());
    }
}
