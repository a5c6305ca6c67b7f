package vn.vhttdl.hub.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vhttdl.hub.audit.AuditTrail;
import vn.vhttdl.hub.connectors.target.DeliveryAttempt;
import vn.vhttdl.hub.connectors.target.DeliveryOutcomes;
import vn.vhttdl.hub.metrics.ExchangeMetrics;
import vn.vhttdl.hub.run.RunSettlement;
import vn.vhttdl.hub.run.RunStore;

/**
 * Writes what became of each batch (and so of its records): outcome, run counts, metrics,
 * audit; then settles the run.
 * All of it in one database transaction keyed by the batch id, so a batch handed out again after
 * a crash is recognised and counted once.
 */
@Component
public class DeliveryOutcomeRecorder implements DeliveryOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryOutcomeRecorder.class);

    private final BatchOutcomes outcomes;
    private final RunStore runs;
    private final RunSettlement settlement;
    private final ExchangeMetrics metrics;
    private final AuditTrail audit;
    private final ObjectMapper json;

    public DeliveryOutcomeRecorder(BatchOutcomes outcomes, RunStore runs, RunSettlement settlement, ExchangeMetrics metrics,
            AuditTrail audit, ObjectMapper json) {
        this.outcomes = outcomes;
        this.runs = runs;
        this.settlement = settlement;
        this.metrics = metrics;
        this.audit = audit;
        this.json = json;
    }

    @Override
    @Transactional
    public void delivered(DeliveryAttempt attempt, String receipt) {
        if (!outcomes.recordFirst(attempt.batchId(), attempt.exchangeId(), attempt.runId(), BatchOutcomes.DELIVERED,
                attempt.recordCount())) {
            LOG.info("Exchange {}: batch {} was acknowledged again after a redelivery; counted once", attempt.exchangeId(),
                    attempt.batchId());
            return;
        }
        Map<String, Object> details = batchDetails(attempt);
        details.put("receiptId", receiptId(receipt));
        // the audit commits in a transaction of its own: written before the run's row is locked,
        // so the extraction's progress update does not wait on that commit
        audit.record("hub", "BATCH_DELIVERED", attempt.exchangeId(), attempt.runId(), details);
        runs.delivered(attempt.runId(), attempt.recordCount());
        metrics.delivered(attempt.exchangeId(), attempt.recordCount());
        settlement.settleIfComplete(attempt.runId());
    }

    @Override
    @Transactional
    public void deadLettered(DeliveryAttempt attempt, boolean permanent, String reason) {
        if (!outcomes.recordFirst(attempt.batchId(), attempt.exchangeId(), attempt.runId(), BatchOutcomes.DEAD_LETTERED,
                attempt.recordCount())) {
            return;
        }
        LOG.warn("Exchange {} run {}: batch {} ({} records) dead-lettered after {} attempt(s), {}: {}", attempt.exchangeId(),
                attempt.runId(), attempt.batchId(), attempt.recordCount(), attempt.attempts(),
                permanent ? "refused by the target" : "retries exhausted", reason);
        Map<String, Object> details = batchDetails(attempt);
        details.put("permanent", permanent);
        details.put("reason", reason);
        audit.record("hub", "BATCH_DEAD_LETTERED", attempt.exchangeId(), attempt.runId(), details);
        runs.deadLettered(attempt.runId(), attempt.recordCount());
        metrics.failed(attempt.exchangeId(), attempt.recordCount());
        settlement.settleIfComplete(attempt.runId());
    }

    private static Map<String, Object> batchDetails(DeliveryAttempt attempt) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("batchId", attempt.batchId());
        details.put("records", attempt.recordCount());
        details.put("attempts", attempt.attempts());
        return details;
    }

    private String receiptId(String receipt) {
        try {
            JsonNode node = json.readTree(receipt);
            return node == null ? null : node.path("receiptId").asText(null);
        } catch (IOException e) {
            return null; // a target may answer with no JSON body; the batch is delivered all the same
        }
    }
}
