package vn.vhttdl.hub.connectors.soap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import javax.xml.transform.dom.DOMSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.vhttdl.hub.schemas.soap.DataSharingContract;
import vn.vhttdl.hub.schemas.soap.XmlViolation;

/**
 * Writes a batch, as it waits on the delivery queue (the {@code lgsp/batch/v1} JSON envelope),
 * as the {@code SubmitBatchRequest} of the data-sharing service, and checks it against the XSD
 * before it leaves: a request the service would refuse is stopped here, with the reason.
 *
 * <p>Each record travels as the JSON text of the mapped record, exactly as the REST target sends
 * it, so its idempotency key and content are the same whichever target an exchange uses.
 */
public final class BatchRequestWriter {

    private static final String NS = DataSharingContract.NAMESPACE;

    private final ObjectMapper json;
    private final DataSharingContract contract;

    public BatchRequestWriter(ObjectMapper json, DataSharingContract contract) {
        this.json = json;
        this.contract = contract;
    }

    /**
     * @param envelope the batch JSON as enqueued
     * @return the request element, valid against the XSD
     * @throws InvalidSoapRequestException when the envelope is not a batch, or the request breaks the XSD
     */
    public Element write(byte[] envelope) {
        JsonNode batch;
        try {
            batch = json.readTree(envelope);
        } catch (IOException e) {
            throw new InvalidSoapRequestException("lô không phải JSON / the batch is not JSON: " + e.getMessage());
        }
        if (batch == null || !batch.path("records").isArray()) {
            throw new InvalidSoapRequestException("lô không có records / the batch has no records array");
        }
        Document document = DataSharingContract.secureDocumentBuilder().newDocument();
        Element request = document.createElementNS(NS, "ds:SubmitBatchRequest");
        document.appendChild(request);
        text(request, "batchId", batch.path("batchId").asText(""));
        text(request, "exchangeId", batch.path("exchange").asText(""));
        text(request, "dataset", batch.path("dataset").asText(""));
        text(request, "format", batch.path("format").asText(""));
        text(request, "sentAt", batch.path("sentAt").asText(""));
        text(request, "recordCount", String.valueOf(batch.path("records").size()));
        Element records = child(request, "records");
        for (JsonNode record : batch.path("records")) {
            Element element = child(records, "record");
            text(element, "sourceKey", record.path("sourceKey").asText(""));
            text(element, "idempotencyKey", record.path("idempotencyKey").asText(""));
            Element payload = text(element, "payload", record.toString());
            payload.setAttribute("contentType", DataSharingContract.JSON);
        }
        List<XmlViolation> violations = contract.validate(new DOMSource(document));
        if (!violations.isEmpty()) {
            throw new InvalidSoapRequestException("yêu cầu SubmitBatch sai XSD / the SubmitBatch request breaks the XSD: "
                    + violations.subList(0, Math.min(5, violations.size())));
        }
        return request;
    }

    private static Element child(Element parent, String name) {
        Element element = parent.getOwnerDocument().createElementNS(NS, "ds:" + name);
        parent.appendChild(element);
        return element;
    }

    private static Element text(Element parent, String name, String value) {
        Element element = child(parent, name);
        element.setTextContent(value);
        return element;
    }
}
