package vn.vhttdl.hub.datasets.code;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what each source spelling of a code list read as. A source holds a handful of
 * spellings ({@code Cấp tỉnh}, {@code Quốc gia}) repeated on every one of millions of rows, and
 * folding one (Unicode decomposition, two regular expressions) costs far more than a lookup.
 *
 * <p>Bounded, so a column of free text rather than codes cannot make it grow without end: it
 * remembers spellings of up to {@value #LONGEST} characters, and starts afresh once it holds
 * {@code capacity} of them. Thread-safe; the reading must depend on the text alone.
 *
 * @param <V> what a spelling reads as, never {@code null}
 */
public final class SpellingCache<V> {

    /** Longer text is no spelling of a code; it is read each time rather than kept. */
    static final int LONGEST = 100;

    private final int capacity;
    private final Function<String, V> reading;
    private final Map<String, V> known = new ConcurrentHashMap<>();

    /**
     * @param capacity how many spellings to remember at most
     * @param reading  reads a spelling ({@code null} included) as the cache's callers would without it
     */
    public SpellingCache(int capacity, Function<String, V> reading) {
        this.capacity = capacity;
        this.reading = reading;
    }

    /** @return what {@code text} reads as: the same answer as {@code reading}, remembered */
    public V read(String text) {
        if (text == null || text.length() > LONGEST) {
            return reading.apply(text);
        }
        V value = known.get(text);
        if (value == null) {
            value = reading.apply(text);
            if (known.size() >= capacity) {
                known.clear();
            }
            known.put(text, value);
        }
        return value;
    }
}
