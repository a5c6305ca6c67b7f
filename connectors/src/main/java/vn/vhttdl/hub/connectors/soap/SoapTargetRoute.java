package vn.vhttdl.hub.connectors.soap;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.camel.component.cxf.jaxws.CxfComponent;
import org.apache.camel.component.cxf.jaxws.CxfConfigurer;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.camel.model.RouteDefinition;
import org.apache.cxf.BusFactory;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.vhttdl.hub.connectors.target.BatchDeliveryRoute;
import vn.vhttdl.hub.connectors.target.BatchMessage;
import vn.vhttdl.hub.connectors.target.ConnectorCircuit;
import vn.vhttdl.hub.connectors.target.DeliveryOutcomes;
import vn.vhttdl.hub.schemas.soap.DataSharingContract;

/**
 * The SOAP target shape: take a batch from the exchange's delivery queue, send it as
 * {@code SubmitBatch} of the LGSP data-sharing service (SOAP 1.2, document/literal, through
 * camel-cxf in PAYLOAD mode) with a WS-Security header, and report the receipt.
 *
 * <p>Retries, dead letters and the circuit are those of {@link BatchDeliveryRoute}; what is
 * SOAP's own is the reading of failures ({@link SoapFaultClassifier}): a {@code Receiver} fault,
 * a 5xx without SOAP body or an I/O failure is transient; a {@code Sender} fault (bad
 * credentials, refused content), a request that breaks the XSD or an unreadable receipt goes to
 * the dead-letter queue at once.
 */
public final class SoapTargetRoute extends BatchDeliveryRoute {

    private final SoapTargetSettings settings;
    private final DataSharingContract contract;
    private final ObjectMapper json;
    private final BatchRequestWriter requests;

    public SoapTargetRoute(SoapTargetSettings settings, ConnectorCircuit circuit, DeliveryOutcomes outcomes,
            DataSharingContract contract, ObjectMapper json) {
        super(settings.queue(), circuit, outcomes, new SoapFaultClassifier());
        this.settings = settings;
        this.contract = contract;
        this.json = json;
        this.requests = new BatchRequestWriter(json, contract);
    }

    @Override
    protected String callStepName() {
        return "submit";
    }

    @Override
    protected void configureCall(RouteDefinition call) throws Exception {
        String exchangeId = settings.queue().exchangeId();
        // every attempt writes the request again from the queued batch
        call.process(this::writeRequest).id(exchangeId + "-request")
                .to(serviceEndpoint()).id(exchangeId + "-cxf")
                .process(this::readReceipt).id(exchangeId + "-receipt");
    }

    private CxfEndpoint serviceEndpoint() throws Exception {
        // one endpoint per exchange, never the context's cached one for the address: exchanges of
        // different connectors may share an address but not a WS-Security header
        String exchangeId = settings.queue().exchangeId();
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
        endpoint.setCxfConfigurer(new Conduit(settings.timeout().toMillis(), settings.sslContext()));
        getContext().addEndpoint("cxf://" + exchangeId + "-submit", endpoint);
        return endpoint;
    }

    /** Writes the SubmitBatch request from the queued batch. */
    private void writeRequest(Exchange exchange) {
        Element request = requests.write(exchange.getProperty(BODY, byte[].class));
        List<Source> body = new ArrayList<>();
        body.add(new DOMSource(request));
        var message = exchange.getMessage();
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

    /**
     * The CXF client's HTTP conduit: connect and receive timeouts, no chunking (some gateways
     * refuse it), and the connector's SSL bundle when it names one.
     */
    private record Conduit(long timeoutMillis, SSLContext sslContext) implements CxfConfigurer {

        @Override
        public void configure(AbstractWSDLBasedEndpointFactory factoryBean) {
            // nothing beyond the endpoint's settings
        }

        @Override
        public void configureClient(Client client) {
            HTTPConduit conduit = (HTTPConduit) client.getConduit();
            HTTPClientPolicy policy = new HTTPClientPolicy();
            policy.setConnectionTimeout(timeoutMillis);
            policy.setReceiveTimeout(timeoutMillis);
            policy.setAllowChunking(false);
            conduit.setClient(policy);
            if (sslContext != null) {
                // the trust store and client certificate of the bundle; host names are still checked
                TLSClientParameters tls = new TLSClientParameters();
                tls.setSslContext(sslContext);
                conduit.setTlsClientParameters(tls);
            }
        }

        @Override
        public void configureServer(org.apache.cxf.endpoint.Server server) {
            // a client only
        }
    }
}
