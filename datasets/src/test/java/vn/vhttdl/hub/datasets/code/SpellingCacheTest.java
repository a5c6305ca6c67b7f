package vn.vhttdl.hub.datasets.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpellingCacheTest {

    /** A reading that counts how often it is asked: the cache is there to ask it less. */
    private static final class CountedReading implements Function<String, Optional<Integer>> {

        final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

        @Override
        public Optional<Integer> apply(String text) {
            asked.computeIfAbsent(String.valueOf(text), key -> new AtomicInteger()).incrementAndGet();
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip().length());
        }

        int times(String text) {
            AtomicInteger count = asked.get(String.valueOf(text));
            return count == null ? 0 : count.get();
        }
    }

    private final CountedReading reading = new CountedReading();
    private final SpellingCache<Optional<Integer>> cache = new SpellingCache<>(4, reading);

    @Test
    void answersAsTheReadingDoesAndAsksItOncePerSpelling() {
        for (int round = 0; round < 3; round++) {
            assertThat(cache.read("Quốc gia")).contains(8);
            assertThat(cache.read("  ")).isEmpty();
        }

        assertThat(reading.times("Quốc gia")).isEqualTo(1);
        assertThat(reading.times("  ")).isEqualTo(1);
    }

    @Test
    void passesNullAndLongTextThroughWithoutKeepingThem() {
        String paragraph = "x".repeat(SpellingCache.LONGEST + 1);

        assertThat(cache.read(null)).isEmpty();
        assertThat(cache.read(null)).isEmpty();
        assertThat(cache.read(paragraph)).contains(SpellingCache.LONGEST + 1);
        assertThat(cache.read(paragraph)).contains(SpellingCache.LONGEST + 1);

        assertThat(reading.times(null)).isEqualTo(2);
        assertThat(reading.times(paragraph)).isEqualTo(2);
    }

    @Test
    void keepsAnsweringRightOnceFull() {
        List<String> spellings = IntStream.range(1, 20).mapToObj("a"::repeat).toList();

        for (int round = 0; round < 3; round++) {
            for (String spelling : spellings) {
                assertThat(cache.read(spelling)).contains(spelling.length());
            }
        }
    }

    @Test
    void givesEveryThreadTheReadingsAnswer() throws Exception {
        SpellingCache<Optional<Integer>> shared = new SpellingCache<>(8, reading);
        List<String> spellings = IntStream.range(1, 40).mapToObj(n -> "b".repeat(n % 13 + 1)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                answers.add(pool.submit(() -> spellings.stream()
                        .allMatch(spelling -> shared.read(spelling).equals(Optional.of(spelling.length())))));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
