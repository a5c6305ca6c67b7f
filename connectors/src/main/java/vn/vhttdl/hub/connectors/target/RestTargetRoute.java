package vn.vhttdl.hub.connectors.target;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import vn.vhttdl.hub.connectors.tls.BundleSslContextParameters;

/**
 * The REST target shape: take a batch from the exchange's delivery queue, POST it to the target
 * with the connector's credentials and an {@code Idempotency-Key} header, and report the outcome.
 *
 * <p>Who retries what, written down once:
 * <ul>
 *   <li>Camel retries transient failures of one batch (see {@link HttpErrorClassifier}) with
 *       exponential backoff and jitter, or after the wait the target asked for in
 *       {@code Retry-After}, while the queue's transaction holds the message;</li>
 *   <li>permanent failures, and transient ones that outlive the retries, go to the exchange's
 *       dead-letter queue with the reason and the attempt count;</li>
 *   <li>the broker redelivers only what went back to the queue: a batch that met an open circuit
 *       (the target is down; it waits on disk with the broker's redelivery delay) or one a crash
 *       left unacknowledged.</li>
 * </ul>
 */
public final class RestTargetRoute extends RouteBuilder {

    private static final String ATTEMPT = "hubAttempt";
    private static final String UNAUTHORIZED = "hubUnauthorized";
    private static final String CALL_STARTED = "hubCallStarted";
    private static final String BODY = "hubBody";

    private final RestTargetSettings settings;
    private final DeliveryOutcomes outcomes;
    private final ConnectorCircuit circuit;
    private final HttpErrorClassifier classifier = new HttpErrorClassifier();

    public RestTargetRoute(RestTargetSettings settings, ConnectorCircuit circuit, DeliveryOutcomes outcomes) {
        this.settings = settings;
        this.circuit = circuit;
        this.outcomes = outcomes;
    }

    @Override
    public void configure() {
        RestTargetSettings.RetryPolicy retry = settings.retry();

        // the target is down: not this batch's fault, so it goes back to the queue untouched
        onException(CircuitOpenException.class)
                .maximumRedeliveries(0)
                .handled(false)
                .logExhausted(false)
                .logStackTrace(false);

        onException(Exception.class)
                .onWhen(exchange -> classifier.isRetriable(failureOf(exchange), exchange.getProperty(UNAUTHORIZED, 0, Integer.class)))
                .maximumRedeliveries(Math.max(0, retry.attempts() - 1))
                .redeliveryDelay(retry.initialDelay().toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(retry.multiplier())
                .maximumRedeliveryDelay(retry.maxDelay().toMillis())
                .useCollisionAvoidance()
                .onExceptionOccurred(this::failureOccurred)
                .onRedelivery(exchange -> exchange.setProperty(ATTEMPT, exchange.getProperty(ATTEMPT, 1, Integer.class) + 1))
                .logRetryAttempted(true)
                .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.WARN)
                .logStackTrace(false)
                .handled(true)
                .process(exchange -> deadLetter(exchange, false))
                .to(settings.deadLetterUri());

        onException(Exception.class)
                .onExceptionOccurred(this::failureOccurred)
                .handled(true)
                .logStackTrace(false)
                .process(exchange -> deadLetter(exchange, true))
                .to(settings.deadLetterUri());

        from(settings.queueUri())
                .routeId(settings.exchangeId() + "-deliver")
                .setProperty(BatchMessage.RUN_ID, header(BatchMessage.RUN_ID))
                .setProperty(BatchMessage.BATCH_ID, header(BatchMessage.BATCH_ID))
                .setProperty(BatchMessage.RECORD_COUNT, header(BatchMessage.RECORD_COUNT))
                .setProperty(ATTEMPT, constant(1))
                // nothing of the queue's own headers may leak into the HTTP request
                .removeHeaders("*")
                .convertBodyTo(byte[].class)
                .setProperty(BODY, body())
                .to(callUri()).id(settings.exchangeId() + "-post")
                .process(this::delivered);

        // One call, as one step of the delivery route: a redelivery repeats the whole step, so
        // every attempt passes the circuit again and carries a current token. Its failures belong
        // to the delivery route's error handling.
        from(callUri())
                .routeId(settings.exchangeId() + "-call")
                .errorHandler(noErrorHandler())
                .process(this::authenticate).id(settings.exchangeId() + "-authenticate")
                .to(httpUri())
                .id(settings.exchangeId() + "-http")
                // a platform that answers 200 for a refusal: the verdict is in the body
                .process(exchange -> settings.answerCheck().check(exchange.getMessage().getBody(String.class)))
                .id(settings.exchangeId() + "-answer");
    }

    private String httpUri() {
        String uri = settings.url() + "?httpMethod=POST&throwExceptionOnFailure=true"
                + "&connectTimeout=" + settings.timeout().toMillis()
                + "&responseTimeout=" + settings.timeout().toMillis();
        if (settings.sslContext() != null) {
            // the connector's SSL bundle, the same SSLContext its token call uses
            String name = settings.exchangeId() + "-tls";
            getCamelContext().getRegistry().bind(name, new BundleSslContextParameters(settings.sslContext()));
            uri += "&sslContextParameters=#" + name;
        }
        return uri;
    }

    private String callUri() {
        return "direct:" + settings.exchangeId() + "-call";
    }

    /** Passes the circuit and sets the credentials and request headers, before every attempt. */
    private void authenticate(Exchange exchange) {
        circuit.acquire();
        exchange.setProperty(CALL_STARTED, System.nanoTime());
        var message = exchange.getMessage();
        message.removeHeader(Exchange.REDELIVERY_DELAY);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
        message.setHeader("Idempotency-Key", exchange.getProperty(BatchMessage.BATCH_ID, String.class));
        settings.auth().headers().forEach(message::setHeader);
        settings.headers().forEach(message::setHeader);
    }

    /** Feeds the circuit, forgets a refused token, and honours the target's Retry-After. */
    private void failureOccurred(Exchange exchange) {
        Throwable failure = failureOf(exchange);
        if (failure instanceof CircuitOpenException) {
            return;
        }
        long elapsed = System.nanoTime() - exchange.getProperty(CALL_STARTED, System.nanoTime(), Long.class);
        var message = exchange.getMessage();
        message.removeHeader(Exchange.REDELIVERY_DELAY);
        if (classifier.isUnauthorized(failure)) {
            int unauthorized = exchange.getProperty(UNAUTHORIZED, 0, Integer.class) + 1;
            exchange.setProperty(UNAUTHORIZED, unauthorized);
            settings.auth().invalidate();
            circuit.ignored();
            // a refreshed token needs no backoff: retry at once, and only once
            message.setHeader(Exchange.REDELIVERY_DELAY, 0L);
            return;
        }
        if (classifier.isRetriable(failure, 0)) {
            circuit.failed(elapsed, failure);
        } else {
            circuit.ignored();
        }
        classifier.retryAfter(failure).ifPresent(wait -> message.setHeader(Exchange.REDELIVERY_DELAY, wait.toMillis()));
    }

    private void delivered(Exchange exchange) {
        circuit.succeeded(System.nanoTime() - exchange.getProperty(CALL_STARTED, System.nanoTime(), Long.class));
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
        message.setHeader(BatchMessage.FAILURE_REASON, reason);
        message.setHeader(BatchMessage.FAILURE_PERMANENT, permanent);
        message.setHeader(BatchMessage.ATTEMPTS, attempt.attempts());
    }

    private DeliveryAttempt attempt(Exchange exchange) {
        byte[] body = exchange.getProperty(BODY, byte[].class);
        return new DeliveryAttempt(settings.exchangeId(),
                exchange.getProperty(BatchMessage.RUN_ID, String.class),
                exchange.getProperty(BatchMessage.BATCH_ID, String.class),
                exchange.getProperty(BatchMessage.RECORD_COUNT, 0, Integer.class),
                body == null ? new byte[0] : body,
                exchange.getProperty(ATTEMPT, 1, Integer.class));
    }

    private static Throwable failureOf(Exchange exchange) {
        Throwable current = exchange.getException();
        return current != null ? current : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }
}
