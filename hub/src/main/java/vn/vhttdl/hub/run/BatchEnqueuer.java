package vn.vhttdl.hub.run;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

    /** Room for the envelope's own members around the records. */
    private static final int ENVELOPE_MEMBERS = 512;

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

    /**
     * The batch as JSON ({@code lgsp/batch/v1}): the envelope's members, then each record's bytes as
     * the pipeline wrote them — no tree of the batch is built.
     */
    byte[] envelope(String batchId, String exchangeId, String dataset, String format, List<RecordOutcome.Valid> records) {
        int size = ENVELOPE_MEMBERS;
        for (RecordOutcome.Valid record : records) {
            size += record.payload().length + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringField("batchId", batchId);
            generator.writeStringField("exchange", exchangeId);
            generator.writeStringField("dataset", dataset);
            generator.writeStringField("format", format);
            generator.writeStringField("sentAt", sentAt(clock.instant()));
            generator.writeArrayFieldStart("records");
            for (RecordOutcome.Valid record : records) {
                generator.writeRawValue(new RawJsonValue(record.payload()));
            }
            generator.writeEndArray();
            generator.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialise batch " + batchId, e);
        }
        return out.toByteArray();
    }

    String queueUri(String exchangeId) {
        return "jms:queue:" + engine.queuePrefix() + exchangeId;
    }

    void enqueue(ExchangeDefinition exchange, String runId, String batchId, List<RecordOutcome.Valid> records) {
        byte[] body = envelope(batchId, exchange.id(), exchange.dataset(), exchange.target().format(), records);
        producer.sendBodyAndHeaders(queueUri(exchange.id()), body, Map.of(
                BatchMessage.RUN_ID, runId,
                BatchMessage.BATCH_ID, batchId,
                BatchMessage.RECORD_COUNT, records.size(),
                BatchMessage.DUPLICATE_ID, batchId));
        ledger.enqueued(exchange.id(), runId, batchId, records.stream()
                .map(r -> new DeliveryLedger.Entry(r.key(), r.contentHash(), r.idempotencyKey())).toList());
    }
}
