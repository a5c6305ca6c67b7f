package vn.vhttdl.sandbox.soap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceProvider;
import jakarta.xml.ws.soap.SOAPBinding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.apache.cxf.staxutils.StaxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.vhttdl.hub.schemas.SchemaCatalog;
import vn.vhttdl.hub.schemas.soap.DataSharingContract;
import vn.vhttdl.hub.schemas.soap.XmlViolation;
import vn.vhttdl.sandbox.fault.FaultDecision;
import vn.vhttdl.sandbox.fault.ReceiverFaults;
import vn.vhttdl.sandbox.fault.Slowness;
import vn.vhttdl.sandbox.received.Acceptance;
import vn.vhttdl.sandbox.received.IncomingRecord;
import vn.vhttdl.sandbox.received.ReceivedRecords;
import vn.vhttdl.sandbox.receiver.BatchError;
import vn.vhttdl.sandbox.receiver.BatchJson;
import vn.vhttdl.sandbox.receiver.BatchValidator;
import vn.vhttdl.sandbox.receiver.MalformedBatchException;

/**
 * {@code SubmitBatch} of the stand-in LGSP data-sharing service. By the time a call gets here,
 * {@link WsSecurityCheck} has accepted its WS-Security header. Then, as the REST receivers do: the
 * injected faults (a 5xx status gives a {@code Receiver} fault, a 4xx a {@code Sender} fault), the
 * XSD, the record count, each record's JSON against the format the batch names; all of the batch
 * is stored or none, and a repeated batch id gets the original receipt.
 */
@WebServiceProvider(serviceName = "DataSharingService", portName = "DataSharingPort",
        targetNamespace = DataSharingContract.NAMESPACE)
@ServiceMode(Service.Mode.PAYLOAD)
@BindingType(SOAPBinding.SOAP12HTTP_BINDING)
public class DataSharingEndpoint implements Provider<Source> {

    private static final Logger log = LoggerFactory.getLogger(DataSharingEndpoint.class);
    private static final String NS = DataSharingContract.NAMESPACE;

    private final String path;
    private final ReceiverFaults faults;
    private final ReceivedRecords received;
    private final DataSharingContract contract;
    private final SchemaCatalog catalog;
    private final BatchJson batchJson;
    private final BatchValidator validator;
    private final ObjectMapper json;

    public DataSharingEndpoint(String path, ReceiverFaults faults, ReceivedRecords received, DataSharingContract contract,
            SchemaCatalog catalog, BatchJson batchJson, ObjectMapper json) {
        this.path = path;
        this.faults = faults;
        this.received = received;
        this.contract = contract;
        this.catalog = catalog;
        this.batchJson = batchJson;
        this.validator = new BatchValidator(catalog);
        this.json = json;
    }

    @Override
    public Source invoke(Source request) {
        FaultDecision fault = faults.decide(path);
        Slowness.pause(fault.delayMs());
        if (fault.fails()) {
            received.countFailedByFault(path);
            String reason = "Lỗi giả lập của sandbox, không lưu gì / fault injected by the sandbox; nothing was stored";
            throw fault.failStatus() >= 500 ? SoapFaults.receiver(reason) : SoapFaults.sender(reason);
        }
        Element batch = read(request);
        List<XmlViolation> violations = contract.validate(new DOMSource(batch));
        if (!violations.isEmpty()) {
            throw refused("yêu cầu sai XSD / the request breaks the XSD: "
                    + violations.subList(0, Math.min(10, violations.size())));
        }
        String batchId = text(batch, "batchId");
        String format = text(batch, "format");
        if (!catalog.exists(format)) {
            throw refused("định dạng không được hỗ trợ / unknown record format: " + format);
        }
        List<Element> records = children(child(batch, "records"), "record");
        long declared = Long.parseLong(text(batch, "recordCount"));
        if (declared != records.size()) {
            throw refused("recordCount " + declared + " khác số bản ghi " + records.size() + " / recordCount " + declared
                    + " does not match the " + records.size() + " records sent");
        }
        ObjectNode envelope = json.createObjectNode();
        envelope.put("batchId", batchId);
        envelope.put("exchange", text(batch, "exchangeId"));
        envelope.put("dataset", text(batch, "dataset"));
        envelope.put("format", format);
        envelope.put("sentAt", text(batch, "sentAt"));
        ArrayNode array = envelope.putArray("records");
        List<BatchError> errors = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            array.add(payloadOf(records.get(i), i, errors));
        }
        errors.addAll(validator.validate(format, envelope, batchId));
        if (!errors.isEmpty()) {
            throw refused("lô không hợp lệ / invalid batch: " + errors.size() + " lỗi / errors, "
                    + errors.subList(0, Math.min(10, errors.size())));
        }
        List<IncomingRecord> incoming = new ArrayList<>();
        array.forEach(record -> incoming.add(new IncomingRecord(record.get("sourceKey").asText(),
                record.get("idempotencyKey").asText(), record)));
        Acceptance acceptance = received.accept(path, batchId, incoming);
        log.info("soap batch {} path={} batchId={} receiptId={} records={} duplicates={}",
                acceptance.repeat() ? "repeated" : "accepted", path, batchId, acceptance.receipt().receiptId(),
                acceptance.receipt().accepted(), acceptance.receipt().duplicates());
        return receipt(acceptance);
    }

    /** The record's JSON, checked to carry the same keys as its XML envelope. */
    private JsonNode payloadOf(Element record, int index, List<BatchError> errors) {
        String sourceKey = text(record, "sourceKey");
        String idempotencyKey = text(record, "idempotencyKey");
        JsonNode payload;
        try {
            payload = batchJson.parse(text(record, "payload").getBytes(StandardCharsets.UTF_8));
        } catch (MalformedBatchException e) {
            errors.add(new BatchError(index, sourceKey, "payload", "json", "JSON không hợp lệ / malformed JSON: "
                    + e.getMessage()));
            return json.createObjectNode();
        }
        if (!sourceKey.equals(payload.path("sourceKey").asText(null))
                || !idempotencyKey.equals(payload.path("idempotencyKey").asText(null))) {
            errors.add(new BatchError(index, sourceKey, "payload", "const",
                    "sourceKey/idempotencyKey của payload khác phần tử XML / the payload's sourceKey or idempotencyKey"
                            + " differs from the record's elements"));
        }
        return payload;
    }

    private RuntimeException refused(String reason) {
        received.countRejected(path);
        log.info("soap batch refused path={} reason={}", path, reason.length() > 300 ? reason.substring(0, 300) : reason);
        return SoapFaults.sender(reason);
    }

    private Element read(Source request) {
        try {
            Document document = StaxUtils.read(request);
            Element root = document.getDocumentElement();
            if (root == null || !NS.equals(root.getNamespaceURI())
                    || !DataSharingContract.REQUEST.getLocalPart().equals(root.getLocalName())) {
                throw refused("thân thư không phải SubmitBatchRequest / the body is not a SubmitBatchRequest");
            }
            return root;
        } catch (XMLStreamException e) {
            throw refused("XML không đọc được / unreadable XML: " + e.getMessage());
        }
    }

    private Source receipt(Acceptance acceptance) {
        Document document = DataSharingContract.secureDocumentBuilder().newDocument();
        Element response = document.createElementNS(NS, "ds:SubmitBatchResponse");
        document.appendChild(response);
        append(response, "receiptId", acceptance.receipt().receiptId());
        append(response, "batchId", acceptance.receipt().batchId());
        append(response, "acceptedCount", String.valueOf(acceptance.receipt().accepted()));
        append(response, "duplicateCount", String.valueOf(acceptance.receipt().duplicates()));
        append(response, "receivedAt", acceptance.receipt().receivedAt());
        return new DOMSource(document);
    }

    private static void append(Element parent, String name, String value) {
        Element element = parent.getOwnerDocument().createElementNS(NS, "ds:" + name);
        element.setTextContent(value);
        parent.appendChild(element);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent().strip();
    }
}
