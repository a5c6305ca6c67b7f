package vn.vhttdl.hub.connectors.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.model.RouteDefinition;
import vn.vhttdl.hub.connectors.target.BatchDeliveryRoute;
import vn.vhttdl.hub.connectors.target.BatchMessage;
import vn.vhttdl.hub.connectors.target.ConnectorCircuit;
import vn.vhttdl.hub.connectors.target.DeliveryInterruptedException;
import vn.vhttdl.hub.connectors.target.DeliveryOutcomes;

/**
 * The DVCQG target shape: take a batch from the exchange's delivery queue and send its records
 * to the national public service portal with {@link DvcqgClient}: {@code DongBoHoSoMC} with
 * add, then update for the dossiers the portal already holds, or {@code CapNhatTienDoHoSoMC} in
 * chunks. Retries, dead letters and the circuit are those of {@link BatchDeliveryRoute}; which
 * failures are transient is {@link DvcqgErrorClassifier}'s to say. An expired session is not a
 * failure here: the client logs in again and repeats the call once.
 *
 * <p>When a batch fails part-way (chunk 3 of 5), the retry starts after the chunks the portal
 * accepted, so progress steps are not recorded twice by one delivery. A batch the broker hands
 * out again after a crash is sent whole: dossiers are safe to resend (add-or-update), steps may
 * then be recorded twice.
 */
public final class DvcqgTargetRoute extends BatchDeliveryRoute {

    /** Exchange property: records of this batch the portal has accepted in earlier attempts. */
    private static final String ACCEPTED = "hubDvcqgAccepted";

    private final DvcqgTargetSettings settings;
    private final ObjectMapper json = new ObjectMapper();

    public DvcqgTargetRoute(DvcqgTargetSettings settings, ConnectorCircuit circuit, DeliveryOutcomes outcomes) {
        super(settings.queue(), circuit, outcomes, new DvcqgErrorClassifier());
        this.settings = settings;
    }

    @Override
    protected String callStepName() {
        return "send";
    }

    @Override
    protected void configureCall(RouteDefinition call) {
        call.process(this::send).id(settings.queue().exchangeId() + "-dvcqg");
    }

    private void send(Exchange exchange) throws IOException {
        List<JsonNode> records = records(exchange.getMessage().getBody(byte[].class));
        int accepted = Math.min(exchange.getProperty(ACCEPTED, 0, Integer.class), records.size());
        List<JsonNode> remaining = records.subList(accepted, records.size());
        ObjectNode receipt = json.createObjectNode();
        receipt.put("service", settings.service());
        receipt.put("batchId", exchange.getProperty(BatchMessage.BATCH_ID, String.class));
        receipt.put("acceptedBefore", accepted);
        try {
            if (DvcqgClient.DONG_BO_HO_SO.equals(settings.service())) {
                DossierSyncReport report = settings.client().syncDossiers(remaining);
                receipt.put("added", report.added().size());
                receipt.put("updated", report.updated().size());
                receipt.put("calls", report.calls());
            } else {
                ProgressReport report = settings.client().pushProgress(remaining);
                receipt.put("steps", report.records());
                receipt.put("calls", report.chunks());
            }
        } catch (DvcqgPartialDeliveryException partial) {
            exchange.setProperty(ACCEPTED, accepted + partial.chunksDelivered() * settings.client().chunkSize());
            throw interruptedOr(partial);
        } catch (DvcqgException failure) {
            throw interruptedOr(failure);
        }
        exchange.getMessage().setBody(json.writeValueAsString(receipt));
    }

    /** The records of the batch envelope the hub enqueued ({@code {"batchId", ..., "records":[…]}}). */
    private List<JsonNode> records(byte[] body) throws IOException {
        JsonNode envelope = json.readTree(body);
        JsonNode records = envelope == null ? null : envelope.get("records");
        if (records == null || !records.isArray()) {
            throw new DvcqgProtocolException(settings.service(), "the batch has no records array", null);
        }
        List<JsonNode> list = new ArrayList<>(records.size());
        records.forEach(list::add);
        return list;
    }

    /** A call cut short by the hub's shutdown is not the batch's fault: it goes back to the queue. */
    private RuntimeException interruptedOr(DvcqgException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException) {
                return new DeliveryInterruptedException(settings.queue().exchangeId(), failure);
            }
        }
        return failure;
    }
}
