package vn.vhttdl.hub.connectors.soap;

import java.time.Duration;
import vn.vhttdl.hub.connectors.target.RestTargetSettings;

/**
 * What one SOAP delivery route needs.
 *
 * @param exchangeId    the exchange; routes are named {@code <exchangeId>-deliver}
 * @param queueUri      the Camel endpoint of the delivery queue
 * @param deadLetterUri where batches go when delivery fails for good
 * @param address       the service endpoint, e.g. {@code https://lgsp.example/ws/lgsp/data-sharing/v1}
 * @param wsSecurity    the WS-Security header of every call
 * @param timeout       connect and receive timeout of one call
 * @param retry         redelivery policy for transient failures (same shape as the REST target's)
 */
public record SoapTargetSettings(String exchangeId, String queueUri, String deadLetterUri, String address,
        WsSecuritySettings wsSecurity, Duration timeout, RestTargetSettings.RetryPolicy retry) {
}
