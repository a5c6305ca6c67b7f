package vn.vhttdl.hub.connectors.target;

import java.time.Duration;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import vn.vhttdl.hub.datasets.tthc.PersonalData;

/**
 * The delivery shape every target kind shares (REST, DVCQG, SOAP): take a batch from the exchange's
 * delivery queue inside the queue's transaction, make the call through the connector's circuit,
 * and report the outcome to {@link DeliveryOutcomes}. A subclass says only how to make the call;
 * its {@link FailureClassifier} says how to read the call's failures.
 *
 * <p>Who retries what, written down once:
 * <ul>
 *   <li>Camel retries transient failures of one batch (the subclass's classifier) with
 *       exponential backoff and jitter, or after the wait the target asked for, while the
 *       queue's transaction holds the message;</li>
 *   <li>permanent failures, and transient ones that outlive the retries, go to the exchange's
 *       dead-letter queue with the reason and the attempt count;</li>
 *   <li>the broker redelivers only what went back to the queue: a batch that met an open circuit
 *       (the target is down; it waits on disk with the broker's redelivery delay) or one a crash
 *       left unacknowledged.</li>
 * </ul>
 *
 * <p>Two routes per exchange: {@code <exchange>-deliver} consumes the queue and owns the error
 * handling; {@code <exchange>-call} is one call as one step of it, so a redelivery repeats the
 * whole step and every attempt passes the circuit again.
 */
public abstract class BatchDeliveryRoute extends RouteBuilder {

    /** Exchange property: calls made to the target for this batch, the current one included. */
    protected static final String ATTEMPT = "hubAttempt";
    /** Exchange property: the batch body as taken off the queue. */
    protected static final String BODY = "hubBody";
    private static final String CALL_STARTED = "hubCallStarted";

    private final DeliveryQueue queue;
    private final ConnectorCircuit circuit;
    private final DeliveryOutcomes outcomes;
    private final FailureClassifier classifier;

    protected BatchDeliveryRoute(DeliveryQueue queue, ConnectorCircuit circuit, DeliveryOutcomes outcomes,
            FailureClassifier classifier) {
        this.queue = queue;
        this.circuit = circuit;
        this.outcomes = outcomes;
        this.classifier = classifier;
    }

    /** @return whether Camel should call again for this failure of this batch; by default the classifier's verdict */
    protected boolean isRetriable(Exchange exchange, Throwable failure) {
        return classifier.isRetriable(failure);
    }

    /**
     * @return whether the failure says the target is unwell (it feeds the circuit); a refused batch
     *     does not. By default: whatever the classifier calls transient
     */
    protected boolean isTargetUnwell(Throwable failure) {
        return classifier.isRetriable(failure);
    }

    /** @return a one-line reason for the run, the audit and the dead letter, without secrets or personal data */
    protected String describe(Throwable failure) {
        return classifier.describe(failure);
    }

    /**
     * Adds the call itself to {@code call}, which has already passed the circuit. Its body is the
     * batch as bytes; what the call leaves in the body is the receipt, unless {@link #receiptOf}
     * says otherwise.
     *
     * @throws Exception when the call's endpoint cannot be created (the routes do not start)
     */
    protected abstract void configureCall(RouteDefinition call) throws Exception;

    /** @return the node id of the call step in the delivery route, after the exchange id ({@code post}) */
    protected abstract String callStepName();

    /**
     * A failure that a retry at once can cure (an expired token): the subclass repairs what it can
     * and answers true; the circuit is not fed and the retry comes without backoff.
     */
    protected boolean retryAtOnce(Exchange exchange, Throwable failure) {
        return false;
    }

    /** @return the wait the target asked for (Retry-After), if it asked */
    protected Optional<Duration> requestedWait(Throwable failure) {
        return Optional.empty();
    }

    /** @return the receipt to record for a delivered batch */
    protected String receiptOf(Exchange exchange) {
        String receipt = exchange.getMessage().getBody(String.class);
        return receipt == null ? "" : receipt;
    }

    protected final DeliveryQueue queue() {
        return queue;
    }

    @Override
    public void configure() throws Exception {
        RetryPolicy retry = queue.retry();

        // the target is down, or the hub is stopping: not this batch's fault, so it goes back to the queue untouched
        onException(CircuitOpenException.class, DeliveryInterruptedException.class)
                .maximumRedeliveries(0)
                .handled(false)
                .logExhausted(false)
                .logStackTrace(false);

        onException(Exception.class)
                .onWhen(exchange -> isRetriable(exchange, failureOf(exchange)))
                .maximumRedeliveries(Math.max(0, retry.attempts() - 1))
                .redeliveryDelay(retry.initialDelay().toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(retry.multiplier())
                .maximumRedeliveryDelay(retry.maxDelay().toMillis())
                .useCollisionAvoidance()
                .onExceptionOccurred(this::failureOccurred)
                .onRedelivery(exchange -> exchange.setProperty(ATTEMPT, exchange.getProperty(ATTEMPT, 1, Integer.class) + 1))
                .logRetryAttempted(true)
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .logStackTrace(false)
                .handled(true)
                .process(exchange -> deadLetter(exchange, false))
                .to(queue.deadLetterUri());

        onException(Exception.class)
                .onExceptionOccurred(this::failureOccurred)
                .handled(true)
                .logStackTrace(false)
                .process(exchange -> deadLetter(exchange, true))
                .to(queue.deadLetterUri());

        from(queue.queueUri())
                .routeId(queue.exchangeId() + "-deliver")
                .setProperty(BatchMessage.RUN_ID, header(BatchMessage.RUN_ID))
                .setProperty(BatchMessage.BATCH_ID, header(BatchMessage.BATCH_ID))
                .setProperty(BatchMessage.RECORD_COUNT, header(BatchMessage.RECORD_COUNT))
                .setProperty(ATTEMPT, constant(1))
                // nothing of the queue's own headers may leak into the call
                .removeHeaders("*")
                .convertBodyTo(byte[].class)
                .setProperty(BODY, body())
                .to(callUri()).id(queue.exchangeId() + "-" + callStepName())
                .process(this::delivered);

        RouteDefinition call = from(callUri())
                .routeId(queue.exchangeId() + "-call")
                .errorHandler(noErrorHandler());
        call.process(this::passCircuit).id(queue.exchangeId() + "-circuit");
        configureCall(call);
    }

    private String callUri() {
        return "direct:" + queue.exchangeId() + "-call";
    }

    /** Every attempt asks the circuit first, and starts its clock for the circuit's statistics. */
    private void passCircuit(Exchange exchange) {
        circuit.acquire();
        exchange.setProperty(CALL_STARTED, System.nanoTime());
        exchange.getMessage().removeHeader(Exchange.REDELIVERY_DELAY);
    }

    /** Feeds the circuit, lets the subclass repair what a retry at once can cure, honours the target's wait. */
    private void failureOccurred(Exchange exchange) {
        Throwable failure = failureOf(exchange);
        if (failure instanceof CircuitOpenException) {
            return;
        }
        if (failure instanceof DeliveryInterruptedException) {
            circuit.ignored(); // says nothing about the target
            return;
        }
        long elapsed = System.nanoTime() - exchange.getProperty(CALL_STARTED, System.nanoTime(), Long.class);
        var message = exchange.getMessage();
        message.removeHeader(Exchange.REDELIVERY_DELAY);
        if (retryAtOnce(exchange, failure)) {
            circuit.ignored();
            message.setHeader(Exchange.REDELIVERY_DELAY, 0L);
            return;
        }
        if (isTargetUnwell(failure)) {
            circuit.failed(elapsed, failure);
        } else {
            circuit.ignored();
        }
        requestedWait(failure).ifPresent(wait -> message.setHeader(Exchange.REDELIVERY_DELAY, wait.toMillis()));
    }

    private void delivered(Exchange exchange) {
        circuit.succeeded(System.nanoTime() - exchange.getProperty(CALL_STARTED, System.nanoTime(), Long.class));
        outcomes.delivered(attempt(exchange), receiptOf(exchange));
    }

    private void deadLetter(Exchange exchange, boolean permanent) {
        Throwable failure = failureOf(exchange);
        // a target's answer may quote the records it refused: the reason goes to the audit, the
        // dead-letter API and the log, so ID numbers, phones and e-mails are masked whatever the target
        String reason = PersonalData.redact(describe(failure));
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
        return new DeliveryAttempt(queue.exchangeId(),
                exchange.getProperty(BatchMessage.RUN_ID, String.class),
                exchange.getProperty(BatchMessage.BATCH_ID, String.class),
                exchange.getProperty(BatchMessage.RECORD_COUNT, 0, Integer.class),
                body == null ? new byte[0] : body,
                exchange.getProperty(ATTEMPT, 1, Integer.class));
    }

    /** @return the failure being handled: still on the exchange, or already caught by the error handler */
    protected static Throwable failureOf(Exchange exchange) {
        Throwable current = exchange.getException();
        return current != null ? current : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }
}
