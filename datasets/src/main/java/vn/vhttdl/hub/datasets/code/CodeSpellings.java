package vn.vhttdl.hub.datasets.code;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.vhttdl.hub.datasets.text.VietnameseFolding;

/**
 * How the free text of a source system spells each value of a code list: {@code Quốc tế},
 * {@code QT}, {@code HDV quốc tế} all mean an international guide card. Matching folds the text
 * ({@link VietnameseFolding}: case, marks, đ, punctuation), drops filler words that carry no
 * meaning here ("thẻ", "hướng dẫn viên") and squeezes out spaces, so {@code Nội-địa} and
 * {@code NOI DIA} agree. Every spelling must lead to one value; a clash fails at build time.
 *
 * @param <E> the code list
 */
public final class CodeSpellings<E extends Enum<E>> {

    private final String labelVi;
    private final String labelEn;
    private final List<String> fillerWords;
    private final Map<String, E> byKey;
    private final SpellingCache<Optional<E>> readings = new SpellingCache<>(256, this::read);

    private CodeSpellings(String labelVi, String labelEn, List<String> fillerWords, Map<String, E> byKey) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.fillerWords = fillerWords;
        this.byKey = Map.copyOf(byKey);
    }

    /**
     * @param labelVi     what the value is, in Vietnamese, as messages name it ({@code loại thẻ})
     * @param labelEn     the same in English ({@code card type})
     * @param fillerWords words or phrases to ignore ({@code thẻ}, {@code hướng dẫn viên}), folded here
     */
    public static <E extends Enum<E>> Builder<E> builder(String labelVi, String labelEn, String... fillerWords) {
        // folded like the text they are taken out of, so "hướng dẫn viên" works as well as "huong dan vien"
        return new Builder<>(labelVi, labelEn, java.util.Arrays.stream(fillerWords).map(VietnameseFolding::fold).toList());
    }

    /** @return the value the text spells, or empty when the text is blank or spells none */
    public Optional<E> parse(String text) {
        return readings.read(text);
    }

    private Optional<E> read(String text) {
        String key = key(text, fillerWords);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    /** @return whether the text is blank once folded (nothing to parse, as opposed to unknown) */
    public boolean isBlank(String text) {
        return VietnameseFolding.fold(text).isEmpty();
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    private static String key(String text, List<String> fillerWords) {
        String padded = " " + VietnameseFolding.fold(text) + " ";
        for (String filler : fillerWords) {
            padded = padded.replace(" " + filler + " ", " ");
        }
        return padded.replace(" ", "");
    }

    /** Collects the spellings of each value. */
    public static final class Builder<E extends Enum<E>> {

        private final String labelVi;
        private final String labelEn;
        private final List<String> fillerWords;
        private final Map<String, E> byKey = new HashMap<>();

        private Builder(String labelVi, String labelEn, List<String> fillerWords) {
            this.labelVi = labelVi;
            this.labelEn = labelEn;
            this.fillerWords = fillerWords;
        }

        /** Adds spellings of {@code value}, written as people write them (marks, capitals welcome). */
        public Builder<E> add(E value, String... spellings) {
            for (String spelling : spellings) {
                String key = key(spelling, fillerWords);
                if (key.isEmpty()) {
                    throw new IllegalArgumentException("Spelling '" + spelling + "' of " + value + " is only filler");
                }
                E before = byKey.putIfAbsent(key, value);
                if (before != null && before != value) {
                    throw new IllegalArgumentException("Spelling '" + spelling + "' means both " + before + " and " + value);
                }
            }
            return this;
        }

        public CodeSpellings<E> build() {
            Objects.requireNonNull(labelVi, "labelVi");
            return new CodeSpellings<>(labelVi, labelEn, fillerWords, byKey);
        }
    }
}
