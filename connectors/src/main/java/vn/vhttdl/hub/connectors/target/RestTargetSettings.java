package vn.vhttdl.hub.connectors.target;

import java.time.Duration;
import vn.vhttdl.hub.connectors.auth.TargetAuth;

/**
 * What one REST delivery route needs.
 *
 * @param queue   the exchange's delivery and dead-letter queues and its retry policy
 * @param url     the target resource, e.g. {@code https://lgsp.example/vhttdl/1.0/di-tich}
 * @param auth    the connector's authentication
 * @param timeout connect and response timeout of one call
 */
public record RestTargetSettings(DeliveryQueue queue, String url, TargetAuth auth, Duration timeout) {
}
