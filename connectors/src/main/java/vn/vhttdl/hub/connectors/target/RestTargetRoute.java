package vn.vhttdl.hub.connectors.target;

import java.time.Duration;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.model.RouteDefinition;
import vn.vhttdl.hub.connectors.tls.BundleSslContextParameters;

/**
 * The REST target shape: take a batch from the exchange's delivery queue, POST it to the target
 * with the connector's credentials and an {@code Idempotency-Key} header, and report the outcome.
 * Retries, dead letters and the circuit are those of {@link BatchDeliveryRoute}; what is REST's
 * own is the reading of failures ({@link HttpErrorClassifier}: 5xx, 429, 408 and connection
 * errors are transient, other 4xx permanent, {@code Retry-After} honoured) and the one 401 that
 * is retried at once after the token is forgotten.
 */
public final class RestTargetRoute extends BatchDeliveryRoute {

    private static final String UNAUTHORIZED = "hubUnauthorized";

    private final RestTargetSettings settings;
    private final HttpErrorClassifier classifier;

    public RestTargetRoute(RestTargetSettings settings, ConnectorCircuit circuit, DeliveryOutcomes outcomes) {
        this(settings, circuit, outcomes, new HttpErrorClassifier());
    }

    private RestTargetRoute(RestTargetSettings settings, ConnectorCircuit circuit, DeliveryOutcomes outcomes,
            HttpErrorClassifier classifier) {
        super(settings.queue(), circuit, outcomes, classifier);
        this.settings = settings;
        this.classifier = classifier;
    }

    @Override
    protected String callStepName() {
        return "post";
    }

    @Override
    protected void configureCall(RouteDefinition call) {
        String exchangeId = settings.queue().exchangeId();
        call.process(this::authenticate).id(exchangeId + "-authenticate")
                .to(httpUri())
                .id(exchangeId + "-http")
                // a platform that answers 200 for a refusal: the verdict is in the body
                .process(exchange -> settings.answerCheck().check(exchange.getMessage().getBody(String.class)))
                .id(exchangeId + "-answer");
    }

    private String httpUri() {
        String uri = settings.url() + "?httpMethod=POST&throwExceptionOnFailure=true"
                + "&connectTimeout=" + settings.timeout().toMillis()
                + "&responseTimeout=" + settings.timeout().toMillis();
        if (settings.sslContext() != null) {
            // the connector's SSL bundle, the same SSLContext its token call uses
            String name = settings.queue().exchangeId() + "-tls";
            getCamelContext().getRegistry().bind(name, new BundleSslContextParameters(settings.sslContext()));
            uri += "&sslContextParameters=#" + name;
        }
        return uri;
    }

    /** Sets the credentials and request headers, before every attempt: a retry carries a current token. */
    private void authenticate(Exchange exchange) {
        var message = exchange.getMessage();
        message.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
        message.setHeader("Idempotency-Key", exchange.getProperty(BatchMessage.BATCH_ID, String.class));
        settings.auth().headers().forEach(message::setHeader);
        settings.headers().forEach(message::setHeader);
    }

    /** A second 401 for one batch is a refusal: the refreshed token was refused too. */
    @Override
    protected boolean isRetriable(Exchange exchange, Throwable failure) {
        return classifier.isRetriable(failure, exchange.getProperty(UNAUTHORIZED, 0, Integer.class));
    }

    /** A 401: the token may have expired early. Forget it; a refreshed token needs no backoff, and only once. */
    @Override
    protected boolean retryAtOnce(Exchange exchange, Throwable failure) {
        if (!classifier.isUnauthorized(failure)) {
            return false;
        }
        exchange.setProperty(UNAUTHORIZED, exchange.getProperty(UNAUTHORIZED, 0, Integer.class) + 1);
        settings.auth().invalidate();
        return true;
    }

    @Override
    protected Optional<Duration> requestedWait(Throwable failure) {
        return classifier.retryAfter(failure);
    }
}
