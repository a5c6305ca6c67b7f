package vn.vhttdl.hub.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vhttdl.hub.connectors.source.RecordSource;
import vn.vhttdl.hub.connectors.source.SourceReadException;
import vn.vhttdl.hub.datasets.FieldError;

/** The pipeline on a pool: outcomes in source order whatever order the workers finish in. */
class OrderedPipelineTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    /** What the run's thread was handed, in the order it was handed. */
    private static final class Seen implements OrderedPipeline.Outcomes {
        final List<String> keys = new ArrayList<>();
        /** Refuses an invalid outcome, as a fail-run exchange does. */
        final boolean failRun;

        Seen(boolean failRun) {
            this.failRun = failRun;
        }

        @Override
        public void processed(Map<String, Object> row, String origin, RecordOutcome outcome) {
            assertThat(outcome.key()).isEqualTo(row.get("id"));
            keys.add(outcome.key());
            if (failRun && outcome instanceof RecordOutcome.Invalid) {
                throw new ExtractionRun.InvalidRecordStop(outcome.key(), "bad");
            }
        }

        @Override
        public void unreadable(String origin, List<FieldError> errors) {
            keys.add(origin);
        }
    }

    private static RecordSource rows(int count) {
        return (since, sink) -> {
            for (int i = 0; i < count; i++) {
                sink.row(Map.of("id", "R" + i), null);
            }
        };
    }

    private static RecordOutcome valid(Map<String, Object> row) {
        return new RecordOutcome.Valid((String) row.get("id"), "h", "k", new byte[0], 0);
    }

    private static int index(Map<String, Object> row) {
        return Integer.parseInt(((String) row.get("id")).substring(1));
    }

    /** CPU work that grows with {@code units}, so rows cost different amounts. */
    private static long work(int units) {
        long x = units;
        for (int i = 0; i < units * 20_000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }

    private static List<String> keys(int from, int to) {
        List<String> keys = new ArrayList<>();
        for (int i = from; i < to; i++) {
            keys.add("R" + i);
        }
        return keys;
    }

    @Test
    void outcomesComeInSourceOrderThoughLaterChunksFinishFirst() {
        // chunks of 2; the first chunk waits until the four after it are done
        CountDownLatch laterChunksDone = new CountDownLatch(4);
        AtomicBoolean firstWaitedForTheOthers = new AtomicBoolean();
        Set<Integer> doneChunks = ConcurrentHashMap.newKeySet();
        Function<Map<String, Object>, RecordOutcome> pipeline = row -> {
            int i = index(row);
            if (i == 0) {
                try {
                    firstWaitedForTheOthers.set(laterChunksDone.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                work(i % 5);
                if (i % 2 == 1 && i > 1 && doneChunks.add(i / 2)) {
                    laterChunksDone.countDown();
                }
            }
            return valid(row);
        };
        Seen seen = new Seen(false);

        ExecutorService fiveWorkers = Executors.newFixedThreadPool(5);
        try {
            new OrderedPipeline(pipeline, fiveWorkers, 2, 5, seen).read(rows(10), null);
        } finally {
            fiveWorkers.shutdownNow();
        }

        assertThat(firstWaitedForTheOthers).isTrue();
        assertThat(seen.keys).containsExactlyElementsOf(keys(0, 10));
    }

    @Test
    void rowsOfVaryingCostOnFourWorkersComeBackInOrder() {
        Seen seen = new Seen(false);
        Function<Map<String, Object>, RecordOutcome> pipeline = row -> {
            work((index(row) * 7) % 11);
            return valid(row);
        };

        new OrderedPipeline(pipeline, pool, 7, 8, seen).read(rows(1_003), null);

        assertThat(seen.keys).containsExactlyElementsOf(keys(0, 1_003));
    }

    @Test
    void failRunStopsAtTheFirstInvalidRowEvenWhenALaterChunkFinishesFirst() {
        // chunks of 2: R3 (invalid) is in the second chunk, which finishes only after the third
        // (with R5, invalid too) and the fourth are done
        CountDownLatch laterChunksDone = new CountDownLatch(2);
        AtomicBoolean waited = new AtomicBoolean();
        Function<Map<String, Object>, RecordOutcome> pipeline = row -> {
            int i = index(row);
            if (i == 3) {
                try {
                    waited.set(laterChunksDone.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (i == 5 || i == 7) {
                laterChunksDone.countDown();
            }
            return i == 3 || i == 5
                    ? new RecordOutcome.Invalid((String) row.get("id"), List.of(new FieldError("x", "sai", "wrong")), 0)
                    : valid(row);
        };
        Seen seen = new Seen(true);

        assertThatThrownBy(() -> new OrderedPipeline(pipeline, pool, 2, 4, seen).read(rows(12), null))
                .isInstanceOf(ExtractionRun.InvalidRecordStop.class)
                .hasMessageContaining("'R3'");

        assertThat(waited).isTrue();
        assertThat(seen.keys).containsExactly("R0", "R1", "R2", "R3");
    }

    @Test
    void aFailingSourceFailsTheReadAfterTheRowsItHandedOverInOrder() {
        SourceReadException failure = new SourceReadException("Mất kết nối / connection lost", null);
        RecordSource source = (since, sink) -> {
            for (int i = 0; i < 7; i++) {
                sink.row(Map.of("id", "R" + i), null);
            }
            sink.unreadable("file.csv:8", List.of(new FieldError("row", "hỏng", "broken")));
            throw failure;
        };
        Seen seen = new Seen(false);
        Function<Map<String, Object>, RecordOutcome> pipeline = row -> {
            work(index(row) % 3);
            return valid(row);
        };

        assertThatThrownBy(() -> new OrderedPipeline(pipeline, pool, 3, 4, seen).read(source, null)).isSameAs(failure);

        List<String> expected = keys(0, 7);
        expected.add("file.csv:8");
        assertThat(seen.keys).containsExactlyElementsOf(expected);
    }

    @Test
    void aPipelineFailureSurfacesInItsPlaceInTheOrder() {
        IllegalStateException broken = new IllegalStateException("mapping broke");
        Function<Map<String, Object>, RecordOutcome> pipeline = row -> {
            if (index(row) == 9) {
                throw broken;
            }
            return valid(row);
        };
        Seen seen = new Seen(false);

        assertThatThrownBy(() -> new OrderedPipeline(pipeline, pool, 4, 4, seen).read(rows(20), null)).isSameAs(broken);

        assertThat(seen.keys).containsExactlyElementsOf(keys(0, 9));
    }

    @Test
    void theSourceIsNeverMoreThanTheChunksInFlightAhead() {
        AtomicInteger handed = new AtomicInteger();
        AtomicInteger furthestAhead = new AtomicInteger();
        Seen seen = new Seen(false);
        RecordSource source = (since, sink) -> {
            for (int i = 0; i < 2_000; i++) {
                sink.row(Map.of("id", "R" + i), null);
                furthestAhead.accumulateAndGet(handed.incrementAndGet() - seen.keys.size(), Math::max);
            }
        };

        new OrderedPipeline(OrderedPipelineTest::valid, pool, 10, 3, seen).read(source, null);

        assertThat(seen.keys).hasSize(2_000);
        // three chunks in flight and the one being filled
        assertThat(furthestAhead.get()).isLessThanOrEqualTo(4 * 10);
    }

    @Test
    void withoutAPoolTheRowsAreProcessedOnTheReadingThread() {
        Thread reader = Thread.currentThread();
        Seen seen = new Seen(true);
        Function<Map<String, Object>, RecordOutcome> pipeline = row -> {
            assertThat(Thread.currentThread()).isSameAs(reader);
            return index(row) == 4
                    ? new RecordOutcome.Invalid((String) row.get("id"), List.of(new FieldError("x", "sai", "wrong")), 0)
                    : valid(row);
        };

        assertThatThrownBy(() -> new OrderedPipeline(pipeline, null, 250, 8, seen).read(rows(600), null))
                .isInstanceOf(ExtractionRun.InvalidRecordStop.class);

        assertThat(seen.keys).containsExactlyElementsOf(keys(0, 5));
    }
}
