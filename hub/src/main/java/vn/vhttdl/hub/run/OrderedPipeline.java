package vn.vhttdl.hub.run;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import vn.vhttdl.hub.connectors.source.RecordSink;
import vn.vhttdl.hub.connectors.source.RecordSource;
import vn.vhttdl.hub.datasets.FieldError;

/**
 * Runs the per-record pipeline of one run on a worker pool while everything around it stays
 * sequential: the reading thread hands chunks of rows to the pool and takes their outcomes back
 * <b>in source order</b>, on its own thread, before it reads further than {@code maxInFlight}
 * chunks ahead (so memory stays bounded). The pipeline is pure CPU — no I/O, no shared mutable
 * state — so processing a row early changes nothing; only what {@link Outcomes} does with it
 * (rejects, batches, the watermark) has effects, and that happens in order.
 *
 * <p>Once {@link Outcomes} throws (a {@code fail-run} stop), no later outcome is handed over and
 * the chunks still in flight are cancelled.
 */
final class OrderedPipeline implements RecordSink {

    /** Receives the rows' outcomes, in source order, on the reading thread. */
    interface Outcomes {

        /** A row and what the pipeline made of it. */
        void processed(Map<String, Object> row, String origin, RecordOutcome outcome);

        /** A source record that could not be read as a row (passed through in its place in the order). */
        void unreadable(String origin, List<FieldError> errors);
    }

    /** A row, or an unreadable record, in its place in the source. */
    private record Entry(Map<String, Object> row, String origin, List<FieldError> unreadable) {
    }

    private record Chunk(List<Entry> entries, Future<Processed> outcomes) {
    }

    /**
     * The outcomes of a chunk's rows up to the first the pipeline failed on, and that failure (or
     * null): the rows before it are handed over first, as they were when rows were processed one by one.
     */
    private record Processed(List<RecordOutcome> outcomes, RuntimeException failure) {
    }

    private final Function<Map<String, Object>, RecordOutcome> pipeline;
    private final ExecutorService pool;
    private final int chunkSize;
    private final int maxInFlight;
    private final Outcomes outcomes;
    private final Deque<Chunk> inFlight = new ArrayDeque<>();
    private List<Entry> filling = new ArrayList<>();
    private boolean stopped;

    /**
     * @param pool        the workers; null to run the pipeline on the calling thread, as it ran before there was a pool
     * @param chunkSize   rows per task
     * @param maxInFlight chunks handed to the pool and not yet taken back, at most
     */
    OrderedPipeline(Function<Map<String, Object>, RecordOutcome> pipeline, ExecutorService pool, int chunkSize,
            int maxInFlight, Outcomes outcomes) {
        this.pipeline = pipeline;
        this.pool = pool;
        this.chunkSize = chunkSize;
        this.maxInFlight = pool == null ? 0 : maxInFlight;
        this.outcomes = outcomes;
    }

    @Override
    public void row(Map<String, Object> row, String origin) {
        add(new Entry(row, origin, null));
    }

    @Override
    public void unreadable(String origin, List<FieldError> errors) {
        add(new Entry(null, origin, errors));
    }

    /**
     * Streams the source through the pipeline and hands every outcome over, in order.
     *
     * <p>When the source fails, the rows it handed over before are still processed and handed
     * over (as they were when each row was processed as it came) and then its failure is thrown;
     * when {@link Outcomes} refuses one, the rest are dropped and that is thrown.
     */
    void read(RecordSource source, Instant since) {
        try {
            source.stream(since, this);
            finish();
        } catch (RuntimeException | Error e) {
            if (stopped) {
                throw e;
            }
            // the source itself failed: what it read before stays read
            finish();
            throw e;
        } finally {
            abandon();
        }
    }

    /** Processes what is left and hands every outcome over. */
    private void finish() {
        submitFilling();
        while (!inFlight.isEmpty()) {
            takeOldest();
        }
    }

    /** Cancels the chunks still in flight (after a failure, their outcomes are not wanted). */
    private void abandon() {
        stopped = true;
        inFlight.forEach(chunk -> chunk.outcomes().cancel(false));
        inFlight.clear();
        filling = new ArrayList<>();
    }

    private void add(Entry entry) {
        if (stopped) {
            throw new IllegalStateException("Pipeline đã dừng / the pipeline has stopped");
        }
        filling.add(entry);
        if (filling.size() >= chunkSize) {
            submitFilling();
        }
    }

    private void submitFilling() {
        if (filling.isEmpty()) {
            return;
        }
        List<Entry> entries = filling;
        filling = new ArrayList<>(chunkSize);
        FutureTask<Processed> task = new FutureTask<>(() -> process(entries));
        if (pool == null) {
            task.run();
        } else {
            pool.execute(task);
        }
        inFlight.addLast(new Chunk(entries, task));
        while (inFlight.size() > maxInFlight) {
            takeOldest();
        }
    }

    private Processed process(List<Entry> entries) {
        List<RecordOutcome> results = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            try {
                results.add(entry.row() == null ? null : pipeline.apply(entry.row()));
            } catch (RuntimeException e) {
                return new Processed(results, e);
            }
        }
        return new Processed(results, null);
    }

    private void takeOldest() {
        Chunk chunk = inFlight.pollFirst();
        try {
            Processed processed = await(chunk.outcomes());
            List<RecordOutcome> results = processed.outcomes();
            for (int i = 0; i < results.size(); i++) {
                Entry entry = chunk.entries().get(i);
                if (entry.row() == null) {
                    outcomes.unreadable(entry.origin(), entry.unreadable());
                } else {
                    outcomes.processed(entry.row(), entry.origin(), results.get(i));
                }
            }
            if (processed.failure() != null) {
                throw processed.failure();
            }
        } catch (RuntimeException | Error e) {
            abandon();
            throw e;
        }
    }

    private static Processed await(Future<Processed> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionInterruptedException();
        } catch (CancellationException e) {
            throw new ExtractionInterruptedException();
        } catch (ExecutionException e) {
            // an Error of the pipeline (its exceptions come back in Processed)
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Record pipeline failed", cause);
        }
    }

    /** The hub is stopping while a run waits for its pipeline. */
    static final class ExtractionInterruptedException extends RuntimeException {
        ExtractionInterruptedException() {
            super("Trích xuất bị ngắt vì hub đang dừng / extraction interrupted: the hub is stopping");
        }
    }
}
