package vn.vhttdl.hub.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import vn.vhttdl.hub.audit.AuditTrail;
import vn.vhttdl.hub.config.EngineProperties;
import vn.vhttdl.hub.connectors.source.RecordSource;
import vn.vhttdl.hub.datasets.DatasetType;
import vn.vhttdl.hub.datasets.Datasets;
import vn.vhttdl.hub.datasets.RecordValidator;
import vn.vhttdl.hub.datasets.tthc.PersonalData;
import vn.vhttdl.hub.delivery.DeliveryLedger;
import vn.vhttdl.hub.exchange.ExchangeDefinition;
import vn.vhttdl.hub.exchange.ExchangeRegistry;
import vn.vhttdl.hub.metrics.ExchangeMetrics;
import vn.vhttdl.hub.schemas.SchemaCatalog;

/**
 * Starts runs, one at a time per exchange, on a small pool of extraction threads; records each
 * run's start, extraction and failure; moves the watermark once every batch is enqueued.
 */
@Service
public class RunService implements DisposableBean, SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(RunService.class);

    private final ExchangeRegistry registry;
    private final RecordSources sources;
    private final RunStore runs;
    private final RejectStore rejects;
    private final SyncState syncState;
    private final DeliveryLedger ledger;
    private final BatchEnqueuer enqueuer;
    private final RunSettlement settlement;
    private final AuditTrail audit;
    private final ExchangeMetrics metrics;
    private final RecordValidator validator;
    private final SchemaCatalog schemas;
    private final ObjectMapper json;
    private final ExecutorService executor;
    private final PipelinePool pipelinePool;
    private final Set<String> extracting = ConcurrentHashMap.newKeySet();

    public RunService(ExchangeRegistry registry, RecordSources sources, RunStore runs, RejectStore rejects,
            SyncState syncState, DeliveryLedger ledger, BatchEnqueuer enqueuer, RunSettlement settlement, AuditTrail audit,
            ExchangeMetrics metrics, RecordValidator validator, SchemaCatalog schemas, ObjectMapper json,
            EngineProperties engine, PipelinePool pipelinePool) {
        this.registry = registry;
        this.sources = sources;
        this.runs = runs;
        this.rejects = rejects;
        this.syncState = syncState;
        this.ledger = ledger;
        this.enqueuer = enqueuer;
        this.settlement = settlement;
        this.audit = audit;
        this.metrics = metrics;
        this.validator = validator;
        this.schemas = schemas;
        this.json = json;
        this.pipelinePool = pipelinePool;
        this.executor = Executors.newFixedThreadPool(engine.runThreads(), runnable -> {
            Thread thread = new Thread(runnable, "hub-run");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs left extracting by a crash or a kill cannot resume their stream: they are marked
     * failed — before the web server opens, so no caller ever sees them as still running.
     */
    @Override
    public void afterSingletonsInstantiated() {
        for (String runId : runs.failInterruptedExtractions(
                "Hub dừng khi đang trích xuất; lần chạy sau tiếp tục từ mốc đồng bộ đã ghi / "
                        + "the hub stopped during extraction; the next run resumes from the last committed watermark")) {
            runs.find(runId).ifPresent(run -> audit.record("hub", "RUN_INTERRUPTED", run.exchangeId(), runId, Map.of()));
            LOG.warn("Run {} was interrupted by a restart and is marked failed", runId);
        }
    }

    /**
     * Starts a run in the background.
     *
     * @return the run id
     * @throws UnknownExchangeException  when no valid exchange has that id
     * @throws RunAlreadyActiveException when the exchange is already extracting
     */
    public String start(String exchangeId, RunOptions options, String actor, String trigger) {
        ExchangeDefinition exchange = registry.catalog().find(exchangeId)
                .orElseThrow(() -> new UnknownExchangeException(exchangeId));
        if (!extracting.add(exchangeId)) {
            throw new RunAlreadyActiveException(exchangeId);
        }
        String runId = UUID.randomUUID().toString();
        try {
            Instant since = options.full() || !exchange.source().incremental() ? null
                    : syncState.watermark(exchangeId).orElse(null);
            runs.create(runId, exchangeId, trigger, actor, options.dryRun(), options.full(), since);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("dryRun", options.dryRun());
            details.put("full", options.full());
            details.put("trigger", trigger);
            audit.record(actor, "RUN_REQUESTED", exchangeId, runId, details);
            executor.execute(() -> execute(exchange, runId, options, since));
        } catch (RuntimeException e) {
            extracting.remove(exchangeId);
            throw e;
        }
        return runId;
    }

    private void execute(ExchangeDefinition exchange, String runId, RunOptions options, Instant since) {
        ExtractionRun extraction = null;
        boolean released = false;
        try {
            RecordSource source = sources.forExchange(exchange);
            extraction = new ExtractionRun(exchange, runId, options, pipelineFor(exchange), source, ledger, enqueuer, runs,
                    rejects, pipelinePool);
            Instant watermark = extraction.extract(since);
            if (!options.dryRun()) {
                // everything read is enqueued: a file-drop source may now move its files out of the inbox
                source.commit();
            }
            RunCounts counts = extraction.counts();
            if (!options.dryRun() && exchange.source().incremental() && watermark != null) {
                syncState.advance(exchange.id(), watermark, runId);
            }
            // The exchange stops running with its extraction, before the run can be settled (from
            // here on a delivery may settle it): whoever sees the run finished can start the next
            // one, which reads the watermark just moved.
            extracting.remove(exchange.id());
            released = true;
            runs.extractionFinished(runId, watermark);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("counts", counts);
            details.put("watermark", watermark == null ? null : watermark.toString());
            audit.record("hub", "RUN_EXTRACTED", exchange.id(), runId, details);
            metrics.read(exchange.id(), counts.read());
            metrics.rejected(exchange.id(), counts.invalid());
            settlement.settleIfComplete(runId);
        } catch (RuntimeException e) {
            // a driver's or a record's message may quote source values: masked for the log, the run and the audit
            String reason = PersonalData.redact(String.valueOf(e.getMessage()));
            LOG.error("Exchange {} run {} failed: {} ({})", exchange.id(), runId, reason, e.getClass().getName());
            // the stack (whose messages are not masked) only at debug level, for a developer's machine
            LOG.debug("Exchange {} run {}: stack of the failure", exchange.id(), runId, e);
            if (extraction != null) {
                runs.extractionProgress(runId, extraction.counts(), 0);
                metrics.read(exchange.id(), extraction.counts().read());
                metrics.rejected(exchange.id(), extraction.counts().invalid());
            }
            runs.failed(runId, reason);
            audit.record("hub", "RUN_FAILED", exchange.id(), runId, Map.of("reason", reason));
        } finally {
            if (!released) {
                // not after the release above: by then the entry may be the next run's
                extracting.remove(exchange.id());
            }
        }
    }

    private RecordPipeline<?> pipelineFor(ExchangeDefinition exchange) {
        DatasetType<?> dataset = Datasets.byId(exchange.dataset())
                .orElseThrow(() -> new IllegalStateException("Dataset " + exchange.dataset() + " vanished"));
        return new RecordPipeline<>(exchange, dataset, validator, schemas, json);
    }

    /** @return whether the exchange is extracting now */
    public boolean isExtracting(String exchangeId) {
        return extracting.contains(exchangeId);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
