package vn.vhttdl.hub.connectors.soap;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.camel.component.cxf.jaxws.CxfComponent;
import org.apache.camel.component.cxf.jaxws.CxfConfigurer;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.cxf.BusFactory;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.vhttdl.hub.connectors.target.BatchMessage;
import vn.vhttdl.hub.connectors.target.CircuitOpenException;
import vn.vhttdl.hub.connectors.target.ConnectorCircuit;
import vn.vhttdl.hub.connectors.target.DeliveryAttempt;
import vn.vhttdl.hub.connectors.target.DeliveryOutcomes;
import vn.vhttdl.hub.schemas.soap.DataSharingContract;

/**
 * The SOAP target shape: take a batch from the exchange's delivery queue, send it as
 * {@code SubmitBatch} of the LGSP data-sharing service (SOAP 1.2, document/literal, through
 * camel-cxf in PAYLOAD mode) with a WS-Security header, and report the receipt.
 *
 * <p>The same contract as the REST target: a transacted queue consumer; Camel retries transient
 * failures (a {@code Receiver} fault, a 5xx without SOAP body, I/O) with exponential backoff and
 * jitter; a {@code Sender} fault (bad credentials, refused content), a request that breaks the
 * XSD or an unreadable receipt goes to the dead-letter queue at once; a batch that meets the
 * connector's open circuit goes back to its queue for the broker to hold. See
 * {@link SoapFaultClassifier} for the classification.
 */
public final class SoapTargetRoute extends RouteBuilder {

    private static final String ATTEMPT = "hubAttempt";
    private static final String CALL_STARTED = "hubCallStarted";
    private static final String BODY = "hubBody";

    private final SoapTargetSettings settings;
    private final ConnectorCircuit circuit;
    private final DeliveryOutcomes outcomes;
    private final DataSharingContract contract;
    private final ObjectMapper json;
    private final BatchRequestWriter requests;
    private final SoapFaultClassifier classifier = new SoapFaultClassifier();

    public SoapTargetRoute(SoapTargetSettings settings, ConnectorCircuit circuit, DeliveryOutcomes outcomes,
            DataSharingContract contract, ObjectMapper json) {
        this.settings = settings;
        this.circuit = circuit;
        this.outcomes = outcomes;
        this.contract = contract;
        this.json = json;
        this.requests = new BatchRequestWriter(json, contract);
    }

    @Override
    public void configure() throws Exception {
        var retry = settings.retry();

        // the target is down: not this batch's fault, so it goes back to the queue untouched
        onException(CircuitOpenException.class)
                .maximumRedeliveries(0)
                .handled(false)
                .logExhausted(false)
                .logStackTrace(false);

        onException(Exception.class)
                .onWhen(exchange -> classifier.isRetriable(failureOf(exchange)))
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
                // nothing of the queue's own headers may leak into the SOAP call
                .removeHeaders("*")
                .convertBodyTo(byte[].class)
                .setProperty(BODY, body())
                .to(callUri()).id(settings.exchangeId() + "-submit")
                .process(this::delivered);

        // one call as one step of the delivery route, so a redelivery writes the request again and
        // passes the circuit again; its failures belong to the delivery route's error handling
        from(callUri())
                .routeId(settings.exchangeId() + "-call")
                .errorHandler(noErrorHandler())
                .process(this::writeRequest).id(settings.exchangeId() + "-request")
                .to(serviceEndpoint()).id(settings.exchangeId() + "-cxf")
                .process(this::readReceipt).id(settings.exchangeId() + "-receipt");
    }

    private String callUri() {
        return "direct:" + settings.exchangeId() + "-call";
    }

    private CxfEndpoint serviceEndpoint() throws Exception {
        // one endpoint per exchange, never the context's cached one for the address: exchanges of
        // different connectors may share an address but not a WS-Security header
        CxfEndpoint endpoint = (CxfEndpoint) getContext().getComponent("cxf", CxfComponent.class)
                .createEndpoint("cxf://" + settings.address());
        // CXF's process-wide bus: without it camel-cxf first looks for a Spring one (camel-cxf-spring, not used) and warns
        endpoint.setBus(BusFactory.getDefaultBus());
        endpoint.setWsdlURL(DataSharingContract.wsdlLocation().toExternalForm());
        endpoint.setServiceNameAsQName(DataSharingContract.SERVICE);
        endpoint.setPortNameAsQName(DataSharingContract.PORT);
        endpoint.setDataFormat(DataFormat.PAYLOAD);
        endpoint.setDefaultOperationName(DataSharingContract.OPERATION);
        endpoint.setDefaultOperationNamespace(DataSharingContract.NAMESPACE);
        // the JMS transaction is bound to the consumer's thread: the call must stay on it
        endpoint.setSynchronous(true);
        endpoint.setLoggingFeatureEnabled(false);
        Map<String, Object> properties = new HashMap<>(SecureXml.limits());
        endpoint.setProperties(properties);
        endpoint.getOutInterceptors().add(new WsSecurityHeader(settings.wsSecurity()).interceptor());
        endpoint.setCxfConfigurer(new Timeouts(settings.timeout().toMillis()));
        getContext().addEndpoint("cxf://" + settings.exchangeId() + "-submit", endpoint);
        return endpoint;
    }

    /** Passes the circuit and writes the SubmitBatch request from the queued batch, before every attempt. */
    private void writeRequest(Exchange exchange) {
        Element request = requests.write(exchange.getProperty(BODY, byte[].class));
        circuit.acquire();
        exchange.setProperty(CALL_STARTED, System.nanoTime());
        List<Source> body = new ArrayList<>();
        body.add(new DOMSource(request));
        var message = exchange.getMessage();
        message.removeHeader(Exchange.REDELIVERY_DELAY);
        message.setHeader(CxfConstants.OPERATION_NAME, DataSharingContract.OPERATION);
        message.setHeader(CxfConstants.OPERATION_NAMESPACE, DataSharingContract.NAMESPACE);
        message.setBody(new CxfPayload<SoapHeader>(new ArrayList<>(), body, null));
    }

    private void readReceipt(Exchange exchange) {
        CxfPayload<?> payload = exchange.getMessage().getBody(CxfPayload.class);
        Element response = payload == null || payload.getBody().isEmpty() ? null : payload.getBody().get(0);
        String batchId = exchange.getProperty(BatchMessage.BATCH_ID, String.class);
        exchange.getMessage().setBody(SoapReceipt.read(detached(response), contract, batchId).toJson(json));
    }

    /** The response element in a document of its own, so it validates without the envelope around it. */
    private static Element detached(Element element) {
        if (element == null) {
            return null;
        }
        var document = DataSharingContract.secureDocumentBuilder().newDocument();
        Node copy = document.importNode(element, true);
        document.appendChild(copy);
        return document.getDocumentElement();
    }

    /** Feeds the circuit: only failures that say the service is unwell count against it. */
    private void failureOccurred(Exchange exchange) {
        Throwable failure = failureOf(exchange);
        if (failure instanceof CircuitOpenException || exchange.getProperty(CALL_STARTED) == null) {
            return; // the call never reached the service
        }
        long elapsed = System.nanoTime() - exchange.getProperty(CALL_STARTED, System.nanoTime(), Long.class);
        exchange.removeProperty(CALL_STARTED);
        if (classifier.isRetriable(failure)) {
            circuit.failed(elapsed, failure);
        } else {
            circuit.ignored();
        }
    }

    private void delivered(Exchange exchange) {
        circuit.succeeded(System.nanoTime() - exchange.getProperty(CALL_STARTED, System.nanoTime(), Long.class));
        outcomes.delivered(attempt(exchange), exchange.getMessage().getBody(String.class));
    }

    private void deadLetter(Exchange exchange, boolean permanent) {
        String reason = classifier.describe(failureOf(exchange));
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

    /** Connect and receive timeouts of the CXF client; no chunking, as some gateways refuse it. */
    private record Timeouts(long millis) implements CxfConfigurer {

        @Override
        public void configure(AbstractWSDLBasedEndpointFactory factoryBean) {
            // nothing beyond the endpoint's settings
        }

        @Override
        public void configureClient(Client client) {
            HTTPClientPolicy policy = new HTTPClientPolicy();
            policy.setConnectionTimeout(millis);
            policy.setReceiveTimeout(millis);
            policy.setAllowChunking(false);
            ((HTTPConduit) client.getConduit()).setClient(policy);
        }

        @Override
        public void configureServer(org.apache.cxf.endpoint.Server server) {
            // a client only
        }
    }
}
