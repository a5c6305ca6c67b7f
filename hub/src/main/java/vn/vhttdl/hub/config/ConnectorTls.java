package vn.vhttdl.hub.config;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;

/**
 * The TLS identity of each connector: the Spring Boot SSL bundle its {@code ssl-bundle} names
 * (trust store, optional client certificate for mutual TLS), as one {@link SSLContext} that the
 * token call and the business calls both use. A connector without a bundle uses the JVM's
 * defaults; a bundle name that is not configured stops the hub at start with the property name.
 */
@Component
public class ConnectorTls {

    private final ConnectorProperties properties;
    private final SslBundles bundles;
    private final Map<String, Optional<SSLContext>> contexts = new ConcurrentHashMap<>();

    public ConnectorTls(ConnectorProperties properties, SslBundles bundles) {
        this.properties = properties;
        this.bundles = bundles;
    }

    /** @return the connector's SSL context, or null when it uses the JVM's defaults */
    public SSLContext sslContextOf(String connector) {
        return contexts.computeIfAbsent(connector, this::create).orElse(null);
    }

    private Optional<SSLContext> create(String connector) {
        String bundle = properties.connectors().get(connector).sslBundle();
        if (bundle == null || bundle.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(bundles.getBundle(bundle).createSslContext());
        } catch (NoSuchSslBundleException e) {
            throw new IllegalStateException("Không có SSL bundle '" + bundle + "' (hub.connectors." + connector
                    + ".ssl-bundle; khai báo spring.ssl.bundle.jks." + bundle + ".*) / no SSL bundle '" + bundle
                    + "' is configured (hub.connectors." + connector + ".ssl-bundle; declare spring.ssl.bundle.jks."
                    + bundle + ".*)", e);
        }
    }
}
