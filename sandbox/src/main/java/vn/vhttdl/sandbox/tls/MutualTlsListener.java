package vn.vhttdl.sandbox.tls;

import java.security.KeyStore;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the HTTPS listener of {@link MutualTlsProperties} to Tomcat: TLS 1.2+ with the bundle's
 * server key, and {@code certificateVerification=required}, so a client without a certificate the
 * trust store admits is refused in the handshake before any HTTP is read.
 */
@Configuration(proxyBeanMethods = false)
public class MutualTlsListener {

    private static final Logger log = LoggerFactory.getLogger(MutualTlsListener.class);

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> mutualTlsConnector(MutualTlsProperties properties,
            SslBundles bundles) {
        return factory -> {
            if (properties.getPort() == 0) {
                return;
            }
            if (properties.getSslBundle().isBlank()) {
                throw new IllegalStateException("sandbox.mutual-tls.port needs sandbox.mutual-tls.ssl-bundle");
            }
            SslBundle bundle = bundles.getBundle(properties.getSslBundle());
            KeyStore keyStore = bundle.getStores().getKeyStore();
            KeyStore trustStore = bundle.getStores().getTrustStore();
            if (keyStore == null || trustStore == null) {
                throw new IllegalStateException("SSL bundle '" + properties.getSslBundle()
                        + "' needs a key store (the server's key) and a trust store (the clients admitted)");
            }
            Connector connector = new Connector(Http11NioProtocol.class.getName());
            connector.setPort(properties.getPort());
            connector.setScheme("https");
            connector.setSecure(true);
            Http11NioProtocol protocol = (Http11NioProtocol) connector.getProtocolHandler();
            protocol.setSSLEnabled(true);
            SSLHostConfig ssl = new SSLHostConfig();
            ssl.setProtocols("TLSv1.2+TLSv1.3");
            ssl.setCertificateVerification("required");
            ssl.setTrustStore(trustStore);
            SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(ssl, SSLHostConfigCertificate.Type.UNDEFINED);
            certificate.setCertificateKeystore(keyStore);
            String keyPassword = bundle.getKey().getPassword() != null ? bundle.getKey().getPassword()
                    : bundle.getStores().getKeyStorePassword();
            if (keyPassword != null) {
                certificate.setCertificateKeyPassword(keyPassword);
            }
            if (bundle.getKey().getAlias() != null) {
                certificate.setCertificateKeyAlias(bundle.getKey().getAlias());
            }
            ssl.addCertificate(certificate);
            protocol.addSslHostConfig(ssl);
            factory.addAdditionalTomcatConnectors(connector);
            log.info("HTTPS listener requiring a client certificate on port {} (SSL bundle {})", properties.getPort(),
                    properties.getSslBundle());
        };
    }
}
