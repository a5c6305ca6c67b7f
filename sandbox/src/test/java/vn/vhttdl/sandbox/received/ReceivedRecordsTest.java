package vn.vhttdl.sandbox.received;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vhttdl.sandbox.HeritageSites.PATH;
import static vn.vhttdl.sandbox.HeritageSites.key;
import static vn.vhttdl.sandbox.HeritageSites.site;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.vhttdl.sandbox.MutableClock;

class ReceivedRecordsTest {

    private final ReceivedRecords received = new ReceivedRecords(new MutableClock(Instant.parse("2025-03-04T03:15:00Z")));

    @Test
    void storesABatchAndShowsItInArrivalOrderInVietnamTime() {
        String first = key();
        String second = key();

        Receipt receipt = received.accept(PATH, "batch-1", List.of(record("DT-001", first), record("DT-002", second)))
                .receipt();

        assertThat(receipt.accepted()).isEqualTo(2);
        assertThat(receipt.duplicates()).isZero();
        assertThat(receipt.receivedAt()).isEqualTo("2025-03-04T10:15:00+07:00");
        ReceivedBatches batches = received.received(PATH);
        assertThat(batches.batches()).isEqualTo(1);
        assertThat(batches.records()).extracting(ReceivedRecord::sourceKey).containsExactly("DT-001", "DT-002");
        assertThat(batches.records().get(0).record().get("tenDiTich").asText()).isEqualTo("Chùa Vĩnh Nghiêm");
        assertThat(batches.byIdempotencyKey()).containsEntry(first, 1).containsEntry(second, 1);
    }

    @Test
    void answersARepeatedBatchWithTheOriginalReceiptAndStoresNothing() {
        String key = key();
        Acceptance original = received.accept(PATH, "batch-1", List.of(record("DT-001", key)));

        Acceptance repeat = received.accept(PATH, "batch-1", List.of(record("DT-001", key)));

        assertThat(repeat.repeat()).isTrue();
        assertThat(repeat.receipt()).isEqualTo(original.receipt());
        assertThat(received.received(PATH).records()).hasSize(1);
        assertThat(received.counts(PATH).repeats()).isEqualTo(1);
    }

    @Test
    void countsARecordResentInANewBatchAsADuplicateAndKeepsBothCopies() {
        String key = key();
        received.accept(PATH, "batch-1", List.of(record("DT-001", key)));

        Receipt resent = received.accept(PATH, "batch-2", List.of(record("DT-001", key), record("DT-002", key())))
                .receipt();

        assertThat(resent.duplicates()).isEqualTo(1);
        assertThat(received.received(PATH).records()).extracting(ReceivedRecord::batchId)
                .containsExactly("batch-1", "batch-2", "batch-2");
        assertThat(received.received(PATH).byIdempotencyKey()).containsEntry(key, 2);
    }

    @Test
    void storesABatchDeliveredConcurrentlyManyTimesOnlyOnce() throws Exception {
        String key = key();
        Callable<Acceptance> delivery = () -> received.accept(PATH, "batch-1", List.of(record("DT-001", key)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Acceptance>> deliveries = pool.invokeAll(IntStream.range(0, 32).mapToObj(i -> delivery).toList());
            long firsts = 0;
            for (Future<Acceptance> acceptance : deliveries) {
                firsts += acceptance.get().repeat() ? 0 : 1;
            }
            assertThat(firsts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(received.received(PATH).records()).hasSize(1);
    }

    @Test
    void forgetsEverythingWhenCleared() {
        received.countCall(PATH);
        received.accept(PATH, "batch-1", List.of(record("DT-001", key())));

        received.clear();

        assertThat(received.counts(PATH)).isEqualTo(new ReceiverCounts(0, 0, 0, 0, 0, 0, 0));
        assertThat(received.accept(PATH, "batch-1", List.of(record("DT-001", key()))).repeat()).isFalse();
    }

    private static IncomingRecord record(String sourceKey, String idempotencyKey) {
        return new IncomingRecord(sourceKey, idempotencyKey, site(sourceKey, idempotencyKey));
    }
}
