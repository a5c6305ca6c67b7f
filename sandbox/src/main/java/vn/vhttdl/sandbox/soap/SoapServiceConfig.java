package vn.vhttdl.sandbox.soap;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.xml.ws.Endpoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.cxf.Bus;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.ws.security.SecurityConstants;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.vhttdl.hub.schemas.SchemaCatalog;
import vn.vhttdl.hub.schemas.soap.DataSharingContract;
import vn.vhttdl.sandbox.fault.ReceiverFaults;
import vn.vhttdl.sandbox.received.ReceivedRecords;
import vn.vhttdl.sandbox.receiver.BatchJson;
import vn.vhttdl.sandbox.receiver.ReceiverCallCounter;

/**
 * Puts the stand-in SOAP data-sharing service on the web: CXF's servlet under {@code /ws}, the
 * JAX-WS endpoint with the contract's WSDL, the WS-Security check, and the XML limits CXF's
 * parser enforces on every message (DTDs and external entities are refused by CXF itself:
 * {@code org.apache.cxf.stax.allowInsecureParser} is never set).
 */
@Configuration(proxyBeanMethods = false)
public class SoapServiceConfig {

    @Bean(destroyMethod = "shutdown")
    Bus soapBus() {
        return new CXFBusFactory().createBus();
    }

    @Bean
    ServletRegistrationBean<CXFNonSpringServlet> soapServlet(Bus soapBus) {
        CXFNonSpringServlet servlet = new CXFNonSpringServlet();
        servlet.setBus(soapBus);
        ServletRegistrationBean<CXFNonSpringServlet> registration =
                new ServletRegistrationBean<>(servlet, SoapSandboxProperties.SERVLET_PREFIX + "/*");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean(destroyMethod = "stop")
    Endpoint dataSharingEndpoint(Bus soapBus, SoapSandboxProperties settings, ReceiverFaults faults,
            ReceivedRecords received, SchemaCatalog catalog, BatchJson batchJson, ObjectMapper json) {
        DataSharingEndpoint implementor = new DataSharingEndpoint(settings.getPath(), faults, received,
                new DataSharingContract(), catalog, batchJson, json);
        EndpointImpl endpoint = new EndpointImpl(soapBus, implementor);
        endpoint.setWsdlLocation(DataSharingContract.wsdlLocation().toExternalForm());
        endpoint.setServiceName(DataSharingContract.SERVICE);
        endpoint.setEndpointName(DataSharingContract.PORT);
        endpoint.setProperties(limits(settings));
        endpoint.getInInterceptors().add(new WsSecurityCheck(settings));
        endpoint.publish(settings.servicePathInServlet());
        return endpoint;
    }

    private static Map<String, Object> limits(SoapSandboxProperties settings) {
        Map<String, Object> limits = new HashMap<>();
        limits.put("org.apache.cxf.stax.maxElementDepth", settings.getMaxElementDepth());
        limits.put("org.apache.cxf.stax.maxElementCount", settings.getMaxElementCount());
        limits.put("org.apache.cxf.stax.maxTextLength", settings.getMaxTextLength());
        limits.put("org.apache.cxf.stax.maxAttributeCount", 50);
        limits.put("org.apache.cxf.stax.maxAttributeSize", 64 * 1024);
        limits.put("org.apache.cxf.stax.maxChildElements", settings.getMaxElementCount());
        // name the WS-Security failure (wsse:FailedAuthentication, wsu:MessageExpired) in the fault,
        // so a rehearsal shows what to fix; CXF's default is one generic SecurityError
        limits.put(SecurityConstants.RETURN_SECURITY_ERROR, true);
        return limits;
    }

    /** Counts every POST to the service, those refused for their WS-Security header included. */
    @Bean
    FilterRegistrationBean<ReceiverCallCounter> soapCallCounter(SoapSandboxProperties settings, ReceivedRecords received) {
        FilterRegistrationBean<ReceiverCallCounter> registration =
                new FilterRegistrationBean<>(new ReceiverCallCounter(received));
        registration.setUrlPatterns(List.of(settings.getPath()));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /**
     * The service authenticates in the message (WS-Security), not with HTTP credentials, so its
     * path is open to the HTTP layer; ahead of the receivers' chain, which would ask for a token.
     */
    @Bean
    @Order(0)
    SecurityFilterChain soapServiceChain(HttpSecurity http) throws Exception {
        // CXF's servlet is not Spring MVC's: match the request path itself
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(SoapSandboxProperties.SERVLET_PREFIX + "/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // machine-to-machine SOAP, no cookies
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
