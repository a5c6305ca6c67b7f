package vn.vhttdl.hub.connectors.soap;

import java.time.Duration;
import javax.net.ssl.SSLContext;
import vn.vhttdl.hub.connectors.target.DeliveryQueue;

/**
 * What one SOAP delivery route needs.
 *
 * @param queue      the exchange's delivery and dead-letter queues and its retry policy
 * @param address    the service endpoint, e.g. {@code https://lgsp.example/ws/lgsp/data-sharing/v1}
 * @param wsSecurity the WS-Security header of every call
 * @param timeout    connect and receive timeout of one call
 * @param sslContext the connector's trust store and client certificate, or null for the JVM's defaults
 */
public record SoapTargetSettings(DeliveryQueue queue, String address, WsSecuritySettings wsSecurity, Duration timeout,
        SSLContext sslContext) {

    /** A service reached with the JVM's TLS defaults. */
    public SoapTargetSettings(DeliveryQueue queue, String address, WsSecuritySettings wsSecurity, Duration timeout) {
        this(queue, address, wsSecurity, timeout, null);
    }
}
