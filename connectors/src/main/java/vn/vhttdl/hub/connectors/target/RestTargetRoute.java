package vn.vhttdl.hub.connectors.target;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The REST target shape: take a batch from the exchange's delivery queue, POST it to the target
 * with the connector's credentials and an {@code Idempotency-Key} header, and report the outcome.
 *
 * <p>Retries happen here, in Camel, while the queue's transaction holds the message: transient
 * failures are redelivered with exponential backoff; permanent ones, and transient ones that
 * outlive the retries, go to the dead-letter queue. The broker redelivers only what a crash left
 * unacknowledged.
 */
public final class RestTargetRoute extends RouteBuilder {

    private static final String ATTEMPT = "hubAttempt";
    private static final String BODY = "hubBody";

    private final RestTargetSettings settings;
    private final DeliveryOutcomes outcomes;
    private final HttpErrorClassifier classifier = new HttpErrorClassifier();

    public RestTargetRoute(RestTargetSettings settings, DeliveryOutcomes outcomes) {
        this.settings = settings;
        this.outcomes = outcomes;
    }

    @Override
    public void configure() {
        RestTargetSettings.RetryPolicy retry = settings.retry();

        onException(Exception.class)
                .onWhen(exchange -> classifier.isRetriable(failureOf(exchange)))
                .maximumRedeliveries(Math.max(0, retry.attempts() - 1))
                .redeliveryDelay(retry.initialDelay().toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(retry.multiplier())
                .maximumRedeliveryDelay(retry.maxDelay().toMillis())
                .useCollisionAvoidance()
                .onRedelivery(this::authenticate)
                .handled(true)
                .process(exchange -> deadLetter(exchange, false))
                .to(settings.deadLetterUri());

        onException(Exception.class)
                .handled(true)
                .process(exchange -> deadLetter(exchange, true))
                .to(settings.deadLetterUri());

        from(settings.queueUri())
                .routeId(settings.exchangeId() + "-deliver")
                .setProperty(BatchMessage.RUN_ID, header(BatchMessage.RUN_ID))
                .setProperty(BatchMessage.BATCH_ID, header(BatchMessage.BATCH_ID))
                .setProperty(BatchMessage.RECORD_COUNT, header(BatchMessage.RECORD_COUNT))
                // nothing of the queue's own headers may leak into the HTTP request
                .removeHeaders("*")
                .convertBodyTo(byte[].class)
                .setProperty(BODY, body())
                .process(this::authenticate).id(settings.exchangeId() + "-authenticate")
                .to(settings.url() + "?httpMethod=POST&throwExceptionOnFailure=true"
                        + "&connectTimeout=" + settings.timeout().toMillis()
                        + "&responseTimeout=" + settings.timeout().toMillis())
                .id(settings.exchangeId() + "-post")
                .process(this::delivered);
    }

    /** Sets the credentials and the request headers; runs again before every retry. */
    private void authenticate(Exchange exchange) {
        Integer attempt = exchange.getProperty(ATTEMPT, 0, Integer.class);
        Throwable previous = failureOf(exchange);
        if (previous != null && isUnauthorized(previous)) {
            settings.auth().invalidate();
        }
        exchange.setProperty(ATTEMPT, attempt + 1);
        var message = exchange.getMessage();
        message.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
        message.setHeader("Idempotency-Key", exchange.getProperty(BatchMessage.BATCH_ID, String.class));
        settings.auth().headers().forEach(message::setHeader);
    }

    private static boolean isUnauthorized(Throwable failure) {
        return failure instanceof org.apache.camel.http.base.HttpOperationFailedException http && http.getStatusCode() == 401;
    }

    private void delivered(Exchange exchange) {
        String receipt = exchange.getMessage().getBody(String.class);
        outcomes.delivered(attempt(exchange), receipt == null ? "" : receipt);
    }

    private void deadLetter(Exchange exchange, boolean permanent) {
        Throwable failure = failureOf(exchange);
        String reason = classifier.describe(failure);
        DeliveryAttempt attempt = attempt(exchange);
        outcomes.deadLettered(attempt, permanent, reason);
        var message = exchange.getMessage();
        message.removeHeaders("*");
        message.setBody(attempt.body());
        message.setHeader(BatchMessage.RUN_ID, attempt.runId());
        message.setHeader(BatchMessage.BATCH_ID, attempt.batchId());
        message.setHeader(BatchMessage.RECORD_COUNT, attempt.recordCount());
        message.setHeader("HubFailureReason", reason);
        message.setHeader("HubFailurePermanent", permanent);
        message.setHeader("HubAttempts", attempt.attempts());
    }

    private DeliveryAttempt attempt(Exchange exchange) {
        byte[] body = exchange.getProperty(BODY, byte[].class);
        return new DeliveryAttempt(settings.exchangeId(),
                exchange.getProperty(BatchMessage.RUN_ID, String.class),
                exchange.getProperty(BatchMessage.BATCH_ID, String.class),
                exchange.getProperty(BatchMessage.RECORD_COUNT, 0, Integer.class),
                body == null ? new byte[0] : body,
                exchange.getProperty(ATTEMPT, 0, Integer.class));
    }

    private static Throwable failureOf(Exchange exchange) {
        Throwable current = exchange.getException();
        return current != null ? current : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }
}
