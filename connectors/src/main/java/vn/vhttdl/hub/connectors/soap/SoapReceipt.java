package vn.vhttdl.hub.connectors.soap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import javax.xml.transform.dom.DOMSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.vhttdl.hub.schemas.soap.DataSharingContract;
import vn.vhttdl.hub.schemas.soap.XmlViolation;

/**
 * The service's {@code SubmitBatchResponse}: its proof that it stored the batch.
 *
 * @param receiptId      issued by the service
 * @param batchId        the batch acknowledged
 * @param acceptedCount  records stored
 * @param duplicateCount of those, records whose idempotency key it had seen before
 * @param receivedAt     when, as the service wrote it
 */
public record SoapReceipt(String receiptId, String batchId, long acceptedCount, long duplicateCount, String receivedAt) {

    /**
     * Reads and checks the answer to the batch {@code expectedBatchId}.
     *
     * @throws InvalidReceiptException when the answer is not a valid receipt for that batch
     */
    public static SoapReceipt read(Element response, DataSharingContract contract, String expectedBatchId) {
        if (response == null || !DataSharingContract.RESPONSE.getLocalPart().equals(response.getLocalName())
                || !DataSharingContract.NAMESPACE.equals(response.getNamespaceURI())) {
            throw new InvalidReceiptException("câu trả lời không phải SubmitBatchResponse / the answer is not a SubmitBatchResponse");
        }
        List<XmlViolation> violations = contract.validate(new DOMSource(response));
        if (!violations.isEmpty()) {
            throw new InvalidReceiptException("biên nhận sai XSD / the receipt breaks the XSD: " + violations);
        }
        SoapReceipt receipt = new SoapReceipt(text(response, "receiptId"), text(response, "batchId"),
                Long.parseLong(text(response, "acceptedCount")), Long.parseLong(text(response, "duplicateCount")),
                text(response, "receivedAt"));
        if (!receipt.batchId().equals(expectedBatchId)) {
            throw new InvalidReceiptException("biên nhận cho lô khác / the receipt acknowledges batch " + receipt.batchId()
                    + ", not " + expectedBatchId);
        }
        return receipt;
    }

    /** @return the receipt as the ledger and audit store it (JSON, {@code receiptId} first) */
    public String toJson(ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("receiptId", receiptId);
        node.put("batchId", batchId);
        node.put("accepted", acceptedCount);
        node.put("duplicates", duplicateCount);
        node.put("receivedAt", receivedAt);
        return node.toString();
    }

    private static String text(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element.getTextContent().strip();
            }
        }
        throw new InvalidReceiptException("biên nhận thiếu " + name + " / the receipt has no " + name);
    }
}
