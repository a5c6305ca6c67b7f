package vn.vhttdl.hub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * Near-real-time latency of the hub: with the hub otherwise idle, one new source row at a time,
 * an incremental run triggered through the admin API, and the time until that record reaches
 * the receiver. Every sample walks the whole path: API call, run bookkeeping and audit, the
 * {@code updated_at > :since} query, the pipeline, a batch of one on the persistent queue
 * (journal sync), the delivery route, the HTTP POST.
 *
 * <p>The clock starts after the row is committed, right before the trigger, and stops when the
 * receiver (in this JVM, same {@link System#nanoTime()}) has read the request body. The next
 * sample waits until the run has settled, so samples do not queue behind each other.
 */
final class LatencyProbe {

    static final int WARMUP = 20;
    static final String PATH = "commit of one source row → trigger of an incremental run → "
            + "record read by the receiver";

    private final SourceDatabase source;
    private final RecordReceiver receiver;
    private final HubClient hub;
    private final Consumer<String> log;

    LatencyProbe(SourceDatabase source, RecordReceiver receiver, HubClient hub, Consumer<String> log) {
        this.source = source;
        this.receiver = receiver;
        this.hub = hub;
        this.log = log;
    }

    /**
     * @param samples how many to keep, after {@link #WARMUP} left out
     * @param limit   stop early after this long (the report gives the count)
     */
    LatencyResult measure(int samples, Duration limit) throws IOException, InterruptedException, SQLException {
        Histogram histogram = LatencyResult.newHistogram();
        Histogram trigger = LatencyResult.newHistogram();
        Histogram afterTrigger = LatencyResult.newHistogram();
        long deadline = System.nanoTime() + limit.toNanos();
        for (int i = 1; i <= WARMUP + samples && System.nanoTime() < deadline; i++) {
            long[] micros = sample(i);
            if (i > WARMUP) {
                histogram.recordValue(Math.max(1, micros[0]));
                trigger.recordValue(Math.max(1, micros[1]));
                afterTrigger.recordValue(Math.max(1, micros[0] - micros[1]));
            }
            if (i % 100 == 0) {
                log.accept(String.format("latency: %d samples, p50 %.1f ms, p99 %.1f ms so far", histogram.getTotalCount(),
                        histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0));
            }
        }
        if (histogram.getTotalCount() < samples) {
            log.accept("latency: stopped at the time limit after " + histogram.getTotalCount() + " samples");
        }
        return new LatencyResult(histogram, trigger, afterTrigger, WARMUP, PATH);
    }

    /** @return microseconds from the trigger to the arrival of sample {@code i}, and of the trigger call alone */
    private long[] sample(int i) throws IOException, InterruptedException, SQLException {
        String key = SourceDatabase.LATENCY_KEY_PREFIX + String.format("%06d", i);
        source.insertLatencyRow(i);
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(60).toNanos();
        // the previous sample waited for its run to settle, and the hub releases an exchange before
        // its run can read as settled: a 409 here is a defect of the hub, not a wait to sit out
        String runId = hub.startRunIfIdle(BenchOptions.EXCHANGE);
        if (runId == null) {
            throw new IllegalStateException("the hub answered 409 (run still active) although the previous run had settled");
        }
        long accepted = System.nanoTime();
        Long arrived;
        while ((arrived = receiver.arrivalNanos(key)) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("record " + key + " did not arrive within 60 s; run "
                        + HubRun.describe(hub.run(runId)));
            }
            // the receiver stamps the arrival itself, so this poll's period does not blur the sample
            Thread.sleep(1);
        }
        awaitSettled(runId, deadline);
        return new long[] {(arrived - start) / 1_000, (accepted - start) / 1_000};
    }

    /**
     * Polls gently: each call costs the hub a BCrypt check, which would compete with the next
     * sample. The ledger's settlement follows the delivery within a few milliseconds.
     */
    private void awaitSettled(String runId, long deadline) throws IOException, InterruptedException {
        Thread.sleep(50);
        JsonNode view = hub.run(runId);
        while ("RUNNING".equals(view.path("status").asText())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("run " + runId + " did not settle: " + HubRun.describe(view));
            }
            Thread.sleep(20);
            view = hub.run(runId);
        }
    }
}
