package vn.vhttdl.sandbox.received;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Everything the receivers received, in memory, per receiver path. This is what a ministry data
 * officer would look at to answer "what did you send us": tests assert on it to prove a record
 * arrived exactly once, or was resent with the same idempotency key.
 *
 * <p>Thread-safe: each path has its own lock, so accepting a batch (check the batch id, store its
 * records, issue the receipt) is atomic and two concurrent deliveries of one batch store it once.
 */
@Component
public class ReceivedRecords {

    private final Clock clock;
    private final Map<String, PathLog> logs = new ConcurrentHashMap<>();

    public ReceivedRecords(Clock clock) {
        this.clock = clock;
    }

    /** Counts a POST to {@code path}, whatever its answer will be. */
    public void countCall(String path) {
        log(path).count(Counter.CALLS);
    }

    /** Counts a call refused for its token. */
    public void countUnauthorized(String path) {
        log(path).count(Counter.UNAUTHORIZED);
    }

    /** Counts a call refused for its content. */
    public void countRejected(String path) {
        log(path).count(Counter.REJECTED);
    }

    /** Counts a call answered with an injected failure. */
    public void countFailedByFault(String path) {
        log(path).count(Counter.FAILED_BY_FAULT);
    }

    /**
     * Stores a valid batch, unless a batch with this id was accepted before: then nothing is stored
     * and the original receipt is returned, as an idempotent receiver does.
     */
    public Acceptance accept(String path, String batchId, List<IncomingRecord> records) {
        String now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return log(path).accept(batchId, records, now);
    }

    /** @return the records received at {@code path} and their counts */
    public ReceivedBatches received(String path) {
        return log(path).snapshot(path);
    }

    /** @return the counts of {@code path} */
    public ReceiverCounts counts(String path) {
        return log(path).counts();
    }

    /** Forgets every record, receipt and count. */
    public void clear() {
        // cleared in place rather than dropped, so a delivery in progress cannot land in a log
        // that nobody sees any more
        logs.values().forEach(PathLog::clear);
    }

    private PathLog log(String path) {
        return logs.computeIfAbsent(path, ignored -> new PathLog());
    }

    private enum Counter { CALLS, REPEATS, REJECTED, FAILED_BY_FAULT, UNAUTHORIZED }

    /** One receiver's records, receipts and counts, guarded by its own monitor. */
    private static final class PathLog {

        private final Map<Counter, Long> counters = new EnumMap<>(Counter.class);
        private final List<ReceivedRecord> records = new ArrayList<>();
        private final Map<String, Integer> byIdempotencyKey = new LinkedHashMap<>();
        private final Map<String, Receipt> receiptsByBatchId = new HashMap<>();

        synchronized void count(Counter counter) {
            counters.merge(counter, 1L, Long::sum);
        }

        synchronized Acceptance accept(String batchId, List<IncomingRecord> incoming, String now) {
            Receipt original = receiptsByBatchId.get(batchId);
            if (original != null) {
                count(Counter.REPEATS);
                return new Acceptance(original, true);
            }
            int duplicates = 0;
            for (IncomingRecord record : incoming) {
                int times = byIdempotencyKey.merge(record.idempotencyKey(), 1, Integer::sum);
                if (times > 1) {
                    duplicates++;
                }
                records.add(new ReceivedRecord(record.sourceKey(), record.idempotencyKey(), batchId, now,
                        record.record()));
            }
            Receipt receipt = new Receipt(UUID.randomUUID().toString(), batchId, incoming.size(), duplicates, now);
            receiptsByBatchId.put(batchId, receipt);
            return new Acceptance(receipt, false);
        }

        synchronized ReceivedBatches snapshot(String path) {
            return new ReceivedBatches(path, receiptsByBatchId.size(), get(Counter.CALLS),
                    List.copyOf(records), new LinkedHashMap<>(byIdempotencyKey));
        }

        synchronized ReceiverCounts counts() {
            return new ReceiverCounts(get(Counter.CALLS), receiptsByBatchId.size(), get(Counter.REPEATS),
                    get(Counter.REJECTED), get(Counter.FAILED_BY_FAULT), get(Counter.UNAUTHORIZED), records.size());
        }

        synchronized void clear() {
            counters.clear();
            records.clear();
            byIdempotencyKey.clear();
            receiptsByBatchId.clear();
        }

        private long get(Counter counter) {
            return counters.getOrDefault(counter, 0L);
        }
    }
}
