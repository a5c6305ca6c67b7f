package vn.vhttdl.hub.connectors.target;

import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import vn.vhttdl.hub.connectors.auth.TargetAuth;

/**
 * What one REST delivery route needs.
 *
 * @param queue       the exchange's delivery and dead-letter queues and its retry policy
 * @param url         the target resource, e.g. {@code https://lgsp.example/vhttdl/1.0/di-tich}
 * @param auth        the connector's authentication
 * @param timeout     connect and response timeout of one call
 * @param headers     headers of this exchange's calls beyond the connector's, e.g. VNPT's {@code TRAN_CODE};
 *                    they win over the connector's of the same name
 * @param answerCheck how a 2xx answer's body is read for the platform's verdict
 * @param sslContext  the connector's trust store and client certificate, or null for the JVM's defaults
 */
public record RestTargetSettings(DeliveryQueue queue, String url, TargetAuth auth, Duration timeout,
        Map<String, String> headers, AnswerCheck answerCheck, SSLContext sslContext) {

    public RestTargetSettings {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        answerCheck = answerCheck == null ? AnswerCheck.HTTP_STATUS_ONLY : answerCheck;
    }

    /** A target that needs no extra headers, takes a 2xx as accepted and uses the JVM's TLS defaults. */
    public RestTargetSettings(DeliveryQueue queue, String url, TargetAuth auth, Duration timeout) {
        this(queue, url, auth, timeout, Map.of(), AnswerCheck.HTTP_STATUS_ONLY, null);
    }
}
