package vn.vhttdl.hub.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.config.EngineProperties;
import vn.vhttdl.hub.connectors.target.BatchMessage;
import vn.vhttdl.hub.delivery.DeliveryLedger;
import vn.vhttdl.hub.exchange.ExchangeDefinition;

/**
 * Puts a batch on its exchange's persistent delivery queue, then records it in the ledger. The
 * send returns once the broker has written the message to its journal, so an enqueued batch
 * survives a crash. The ledger comes second: a crash between the two re-sends the batch on the
 * next run under the same record idempotency keys, where the other order could lose it.
 */
@Component
class BatchEnqueuer {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** RFC 3339 with seconds always written: OffsetDateTime.toString() drops ":00" seconds. */
    private static final DateTimeFormatter SENT_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final ProducerTemplate producer;
    private final DeliveryLedger ledger;
    private final ObjectMapper json;
    private final EngineProperties engine;
    private final Clock clock;

    BatchEnqueuer(ProducerTemplate producer, DeliveryLedger ledger, ObjectMapper json, EngineProperties engine, Clock clock) {
        this.producer = producer;
        this.ledger = ledger;
        this.json = json;
        this.engine = engine;
        this.clock = clock;
    }

    /** @return the instant in Asia/Ho_Chi_Minh as RFC 3339, seconds included */
    static String sentAt(java.time.Instant instant) {
        return SENT_AT.format(OffsetDateTime.ofInstant(instant, VIETNAM));
    }

    String queueUri(String exchangeId) {
        return "jms:queue:" + engine.queuePrefix() + exchangeId;
    }

    void enqueue(ExchangeDefinition exchange, String runId, String batchId, List<RecordOutcome.Valid> records) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("batchId", batchId);
        envelope.put("exchange", exchange.id());
        envelope.put("dataset", exchange.dataset());
        envelope.put("format", exchange.target().format());
        envelope.put("sentAt", sentAt(clock.instant()));
        ArrayNode array = envelope.putArray("records");
        records.forEach(r -> array.add(r.payload()));
        byte[] body;
        try {
            body = json.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise batch " + batchId, e);
        }
        producer.sendBodyAndHeaders(queueUri(exchange.id()), body, Map.of(
                BatchMessage.RUN_ID, runId,
                BatchMessage.BATCH_ID, batchId,
                BatchMessage.RECORD_COUNT, records.size(),
                BatchMessage.DUPLICATE_ID, batchId));
        ledger.enqueued(exchange.id(), runId, batchId, records.stream()
                .map(r -> new DeliveryLedger.Entry(r.key(), r.contentHash(), r.idempotencyKey())).toList());
    }
}
