package vn.vhttdl.hub.connectors.tls;

import javax.net.ssl.SSLContext;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Hands Camel's HTTP component an {@link SSLContext} that was built elsewhere — from the
 * connector's Spring Boot SSL bundle (trust store, optional client certificate) — so the
 * business calls use exactly the trust material the token call uses, instead of a second
 * description of the same key stores in Camel's own terms.
 */
public final class BundleSslContextParameters extends SSLContextParameters {

    private final SSLContext sslContext;

    public BundleSslContextParameters(SSLContext sslContext) {
        this.sslContext = sslContext;
    }

    @Override
    public SSLContext createSSLContext(CamelContext camelContext) {
        return sslContext;
    }
}
