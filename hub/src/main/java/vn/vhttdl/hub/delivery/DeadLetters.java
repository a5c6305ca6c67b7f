package vn.vhttdl.hub.delivery;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Service;
import vn.vhttdl.hub.audit.AuditTrail;
import vn.vhttdl.hub.config.EngineProperties;
import vn.vhttdl.hub.connectors.target.BatchMessage;
import vn.vhttdl.hub.exchange.ExchangeDefinition;
import vn.vhttdl.hub.exchange.ExchangeRegistry;
import vn.vhttdl.hub.run.RunSettlement;
import vn.vhttdl.hub.run.RunStore;

/**
 * The exchanges' dead-letter queues ({@code hub.dead.<exchange>}): browse them, and replay a
 * batch onto its delivery queue. A replay takes the message off the dead-letter queue and puts it
 * on the delivery queue in one broker transaction, so it is never in both and never in neither;
 * it keeps its batch id and its records' idempotency keys, so a receiver that got it after all
 * drops the repeat. Every replay is audited with who and why.
 */
@Service
public class DeadLetters {

    private final JmsTemplate jms;
    private final EngineProperties engine;
    private final ExchangeRegistry registry;
    private final RunStore runs;
    private final BatchOutcomes outcomes;
    private final AuditTrail audit;
    private final RunSettlement settlement;

    public DeadLetters(jakarta.jms.ConnectionFactory connectionFactory, EngineProperties engine, ExchangeRegistry registry, RunStore runs,
            BatchOutcomes outcomes, AuditTrail audit, RunSettlement settlement) {
        // a transacted session: the receive from the dead-letter queue and the send to the
        // delivery queue commit together
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.engine = engine;
        this.registry = registry;
        this.runs = runs;
        this.outcomes = outcomes;
        this.audit = audit;
        this.settlement = settlement;
    }

    /** @return the dead letters of one exchange, or of all when {@code exchangeId} is null, oldest first */
    public List<DeadLetter> list(String exchangeId) {
        List<DeadLetter> letters = new ArrayList<>();
        for (String id : exchangeIds(exchangeId)) {
            jms.browse(engine.deadLetterPrefix() + id, (session, browser) -> {
                java.util.Enumeration<?> messages = browser.getEnumeration();
                while (messages.hasMoreElements()) {
                    letters.add(view(id, (Message) messages.nextElement()));
                }
                return null;
            });
        }
        return letters;
    }

    /**
     * Replays one dead letter.
     *
     * @return it, as it was listed, or empty when no dead letter has that id (replayed already)
     */
    public Optional<DeadLetter> replay(String messageId, String actor, String reason) {
        for (String exchangeId : exchangeIds(null)) {
            Optional<DeadLetter> replayed = moveBack(exchangeId, "JMSMessageID = '" + messageId.replace("'", "''") + "'", 1,
                    actor, reason).stream().findFirst();
            if (replayed.isPresent()) {
                return replayed;
            }
        }
        return Optional.empty();
    }

    /** Replays every dead letter of an exchange. @return what was replayed */
    public List<DeadLetter> replayAll(String exchangeId, String actor, String reason) {
        return moveBack(exchangeId, null, Integer.MAX_VALUE, actor, reason);
    }

    private List<DeadLetter> moveBack(String exchangeId, String selector, int limit, String actor, String reason) {
        List<DeadLetter> moved = new ArrayList<>();
        while (moved.size() < limit) {
            DeadLetter letter = jms.execute(session -> moveOne(session, exchangeId, selector), true);
            if (letter == null) {
                break;
            }
            moved.add(letter);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("batchId", letter.batchId());
            details.put("records", letter.records());
            details.put("previousReason", letter.reason());
            details.put("why", reason);
            audit.record(actor, "DEAD_LETTER_REPLAYED", exchangeId, letter.runId(), details);
            // the replayed batch may already have been answered; if so its run is complete now
            settlement.settleIfComplete(letter.runId());
        }
        return moved;
    }

    /**
     * Takes one message off the dead-letter queue and sends it to the delivery queue, in one
     * transaction. The run is reopened first: once the message is on the delivery queue it may be
     * delivered at once, and its outcome must find the run waiting for it.
     */
    private DeadLetter moveOne(Session session, String exchangeId, String selector) throws JMSException {
        Queue dead = session.createQueue(engine.deadLetterPrefix() + exchangeId);
        try (MessageConsumer consumer = session.createConsumer(dead, selector)) {
            Message message = consumer.receive(1000);
            if (message == null) {
                return null;
            }
            DeadLetter letter = view(exchangeId, message);
            byte[] body = message.getBody(byte[].class);
            BytesMessage again = session.createBytesMessage();
            again.writeBytes(body);
            again.setStringProperty(BatchMessage.RUN_ID, letter.runId());
            again.setStringProperty(BatchMessage.BATCH_ID, letter.batchId());
            again.setIntProperty(BatchMessage.RECORD_COUNT, letter.records());
            // the batch id was seen on this address already: duplicate detection would drop a plain resend
            again.setStringProperty(BatchMessage.DUPLICATE_ID, letter.batchId() + ":replay:" + UUID.randomUUID());
            // its records are pending again: no outcome until the replayed batch is answered
            outcomes.forget(letter.batchId());
            runs.replayed(letter.runId(), letter.records());
            try (MessageProducer producer = session.createProducer(session.createQueue(engine.queuePrefix() + exchangeId))) {
                producer.send(again);
                // committed here, with both halves done: a cached session would otherwise roll them back on release
                session.commit();
            } catch (JMSException | RuntimeException e) {
                // the batch stays in the dead-letter queue: put its run and outcome back as they were
                outcomes.recordFirst(letter.batchId(), exchangeId, letter.runId(), BatchOutcomes.DEAD_LETTERED, letter.records());
                runs.deadLettered(letter.runId(), letter.records(), false);
                settlement.settleIfComplete(letter.runId());
                throw e;
            }
            return letter;
        }
    }

    private DeadLetter view(String exchangeId, Message message) throws JMSException {
        return new DeadLetter(message.getJMSMessageID(), exchangeId, message.getStringProperty(BatchMessage.RUN_ID),
                message.getStringProperty(BatchMessage.BATCH_ID),
                message.propertyExists(BatchMessage.RECORD_COUNT) ? message.getIntProperty(BatchMessage.RECORD_COUNT) : 0,
                message.getStringProperty(BatchMessage.FAILURE_REASON),
                message.propertyExists(BatchMessage.FAILURE_PERMANENT) && message.getBooleanProperty(BatchMessage.FAILURE_PERMANENT),
                message.propertyExists(BatchMessage.ATTEMPTS) ? message.getIntProperty(BatchMessage.ATTEMPTS) : 0,
                Instant.ofEpochMilli(message.getJMSTimestamp()));
    }

    private List<String> exchangeIds(String exchangeId) {
        if (exchangeId != null) {
            return List.of(exchangeId);
        }
        return registry.catalog().exchanges().stream().map(ExchangeDefinition::id).toList();
    }
}
