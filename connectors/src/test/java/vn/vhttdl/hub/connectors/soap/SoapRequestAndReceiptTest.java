package vn.vhttdl.hub.connectors.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.vhttdl.hub.schemas.soap.DataSharingContract;

/** The SubmitBatch request written from a queued batch, and the receipt read back, both against the XSD. */
class SoapRequestAndReceiptTest {

    private static final String BATCH_ID = "a".repeat(64);
    private static final String KEY = "b".repeat(64);

    private final ObjectMapper json = new ObjectMapper();
    private final DataSharingContract contract = new DataSharingContract();
    private final BatchRequestWriter writer = new BatchRequestWriter(json, contract);

    private static String batch(String batchId) {
        return """
                {"batchId":"%s","exchange":"heritage-sites-to-soap","dataset":"heritage-site",
                 "format":"ministry/heritage-site/v1","sentAt":"2026-12-01T13:00:00+07:00",
                 "records":[{"sourceKey":"DT-0002","idempotencyKey":"%s","tenDiTich":"Đình Thổ Hà <&>"}]}"""
                .formatted(batchId, KEY);
    }

    @Test
    void aQueuedBatchBecomesAValidRequestCarryingEachRecordAsItsJson() throws Exception {
        Element request = writer.write(batch(BATCH_ID).getBytes(StandardCharsets.UTF_8));

        assertThat(request.getLocalName()).isEqualTo("SubmitBatchRequest");
        assertThat(request.getNamespaceURI()).isEqualTo(DataSharingContract.NAMESPACE);
        assertThat(child(request, "recordCount").getTextContent()).isEqualTo("1");
        Element record = child(child(request, "records"), "record");
        assertThat(child(record, "sourceKey").getTextContent()).isEqualTo("DT-0002");
        Element payload = child(record, "payload");
        assertThat(payload.getAttribute("contentType")).isEqualTo("application/json");
        assertThat(json.readTree(payload.getTextContent()).path("tenDiTich").asText()).isEqualTo("Đình Thổ Hà <&>");
    }

    @Test
    void aBatchThatWouldBreakTheXsdIsStoppedBeforeItLeavesNamingTheElement() {
        assertThatThrownBy(() -> writer.write(batch("not-a-sha256").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidSoapRequestException.class)
                .hasMessageContaining("XSD")
                .hasMessageContaining("batchId");
        assertThatThrownBy(() -> writer.write("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidSoapRequestException.class);
    }

    @Test
    void aReceiptIsReadAndOneForAnotherBatchIsRefused() throws Exception {
        SoapReceipt receipt = SoapReceipt.read(response(BATCH_ID), contract, BATCH_ID);
        assertThat(receipt.receiptId()).isEqualTo("r-1");
        assertThat(receipt.acceptedCount()).isEqualTo(314);
        assertThat(json.readTree(receipt.toJson(json)).path("receiptId").asText()).isEqualTo("r-1");

        assertThatThrownBy(() -> SoapReceipt.read(response(BATCH_ID), contract, "c".repeat(64)))
                .isInstanceOf(InvalidReceiptException.class).hasMessageContaining("not " + "c".repeat(64));
        assertThatThrownBy(() -> SoapReceipt.read(null, contract, BATCH_ID)).isInstanceOf(InvalidReceiptException.class);
    }

    @Test
    void aDocumentWithADoctypeIsNotParsed() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        assertThatThrownBy(() -> DataSharingContract.secureDocumentBuilder()
                .parse(new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("DOCTYPE");
    }

    private static Element response(String batchId) throws Exception {
        String xml = """
                <ds:SubmitBatchResponse xmlns:ds="urn:vn:vhttdl:lgsp:data-sharing:v1"><ds:receiptId>r-1</ds:receiptId>
                <ds:batchId>%s</ds:batchId><ds:acceptedCount>314</ds:acceptedCount><ds:duplicateCount>0</ds:duplicateCount>
                <ds:receivedAt>2026-12-01T13:00:01.250+07:00</ds:receivedAt></ds:SubmitBatchResponse>""".formatted(batchId);
        return DataSharingContract.secureDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(DataSharingContract.NAMESPACE, name).item(0);
    }
}
