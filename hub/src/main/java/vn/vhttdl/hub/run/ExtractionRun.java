package vn.vhttdl.hub.run;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vhttdl.hub.connectors.source.RecordSource;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.delivery.DeliveryLedger;
import vn.vhttdl.hub.delivery.IdempotencyKeys;
import vn.vhttdl.hub.exchange.ExchangeDefinition;

/**
 * The extraction half of one run: stream the source rows, pass each through the pipeline (on the
 * {@link PipelinePool}, outcomes taken back in source order by {@link OrderedPipeline}), set
 * invalid ones aside, drop unchanged ones, and enqueue the rest in batches — all of that but the
 * pipeline on the run's own thread, in source order. Memory holds one batch and a few chunks in
 * flight at a time. Delivery happens on the queue's own route.
 */
final class ExtractionRun {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractionRun.class);

    /** Rows per pipeline task: large enough that handing over costs nothing, small enough to keep every worker busy. */
    static final int CHUNK_SIZE = 250;

    /** Stops a {@code fail-run} exchange at its first invalid record. */
    static final class InvalidRecordStop extends RuntimeException {
        InvalidRecordStop(String key, String reason) {
            super("Bản ghi '" + key + "' không hợp lệ, luồng dừng theo cấu hình fail-run: " + reason
                    + " / record '" + key + "' is invalid and the exchange is set to fail-run");
        }
    }

    private final ExchangeDefinition exchange;
    private final String runId;
    private final RunOptions options;
    private final RecordPipeline<?> pipeline;
    private final RecordSource source;
    private final DeliveryLedger ledger;
    private final BatchEnqueuer enqueuer;
    private final RunStore runs;
    private final RejectStore rejects;
    private final ExecutorService pipelinePool;
    private final int maxInFlight;

    private final List<RecordOutcome.Valid> pending = new ArrayList<>();
    private long read;
    private long valid;
    private long invalid;
    private long unchanged;
    private long enqueued;
    private long repaired;
    private long batches;
    private Instant watermark;

    ExtractionRun(ExchangeDefinition exchange, String runId, RunOptions options, RecordPipeline<?> pipeline,
            RecordSource source, DeliveryLedger ledger, BatchEnqueuer enqueuer, RunStore runs, RejectStore rejects,
            PipelinePool pool) {
        this.exchange = exchange;
        this.runId = runId;
        this.options = options;
        this.pipeline = pipeline;
        this.source = source;
        this.ledger = ledger;
        this.enqueuer = enqueuer;
        this.runs = runs;
        this.rejects = rejects;
        this.pipelinePool = pool.executor();
        this.maxInFlight = pool.maxInFlight();
    }

    /**
     * Extracts everything after {@code since} (or everything, when null).
     *
     * @return the highest cursor value read, to become the new watermark; null when nothing was read
     */
    Instant extract(Instant since) {
        watermark = since;
        new OrderedPipeline(pipeline::process, pipelinePool, CHUNK_SIZE, maxInFlight, new OrderedPipeline.Outcomes() {
            @Override
            public void processed(Map<String, Object> row, String origin, RecordOutcome outcome) {
                ExtractionRun.this.row(row, origin, outcome);
            }

            @Override
            public void unreadable(String origin, List<FieldError> errors) {
                read++;
                quarantine(origin, errors);
            }
        }).read(source, since);
        flush();
        progress();
        return watermark;
    }

    RunCounts counts() {
        return new RunCounts(read, valid, invalid, unchanged, enqueued, 0, 0, 0, repaired);
    }

    /** @param origin the row's place in the source (file and row), which then keys its rejects; or null */
    private void row(Map<String, Object> row, String origin, RecordOutcome outcome) {
        read++;
        if (exchange.source().incremental()) {
            Instant cursor = instantOf(row.get(exchange.source().cursor()));
            if (cursor != null && (watermark == null || cursor.isAfter(watermark))) {
                watermark = cursor;
            }
        }
        repaired += outcome.repairedFields();
        if (outcome instanceof RecordOutcome.Invalid bad) {
            quarantine(origin != null ? origin : bad.key(), bad.errors());
            return;
        }
        valid++;
        pending.add((RecordOutcome.Valid) outcome);
        if (pending.size() >= exchange.target().batchSize()) {
            flush();
            progress();
        }
    }

    private void quarantine(String origin, List<FieldError> errors) {
        // rejected_record keeps 128 characters of a key; a long file name is cut in its middle, keeping the row
        String key = origin == null || origin.length() <= 128 ? origin : origin.substring(0, 60) + "…" + origin.substring(origin.length() - 67);
        invalid++;
        // kept in a dry run too: previewing the rejects is what a dry run is for
        rejects.reject(runId, exchange.id(), key, errors);
        if (exchange.invalidRecords() == ExchangeDefinition.InvalidRecords.FAIL_RUN) {
            throw new InvalidRecordStop(key, errors.get(0).message());
        }
    }

    /** Drops the unchanged records of the pending chunk and enqueues the rest as one batch. */
    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<RecordOutcome.Valid> toSend = pending;
        if (!options.full()) {
            Map<String, String> live = ledger.liveHashes(exchange.id(), pending.stream().map(RecordOutcome.Valid::key).toList());
            toSend = pending.stream().filter(r -> !r.contentHash().equals(live.get(r.key()))).toList();
            unchanged += pending.size() - toSend.size();
        }
        if (!toSend.isEmpty() && !options.dryRun()) {
            batches++;
            enqueuer.enqueue(exchange, runId, IdempotencyKeys.batchId(runId, exchange.id(), batches), toSend);
            enqueued += toSend.size();
        }
        pending.clear();
    }

    private void progress() {
        runs.extractionProgress(runId, counts(), batches);
        LOG.info("Exchange {} run {}: read {}, invalid {}, unchanged {}, enqueued {} in {} batch(es)", exchange.id(), runId,
                read, invalid, unchanged, enqueued, batches);
    }

    /** Naive timestamps are read as UTC, the same way the watermark is bound back into {@code :since}. */
    private static Instant instantOf(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return null;
    }
}
