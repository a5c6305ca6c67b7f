package vn.vhttdl.hub.datasets.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word is a well-formed Vietnamese syllable: an initial consonant, a rhyme (optional
 * medial glide, vowel nucleus, optional final) and at most one tone mark, which sits on a vowel
 * and never on the final glide ({@code áo}, never {@code aó}; both {@code hòa} and {@code hoà}); a
 * syllable closed by p, t, c or ch takes only the acute or the dot below ({@code quốc}, never
 * {@code quèc}), and one closed by nh or ch has a, ê, i or y before it ({@code tỉnh}, never
 * {@code tổnh}), oo only before ng or c ({@code xoong}, never {@code ngoõ}), a final y only
 * after a or â. This is what tells
 * {@code Chùa} from {@code Chïa}: legacy-encoded text decoded the wrong way, or the right way,
 * almost never happens to spell valid syllables by accident.
 *
 * <p>The grammar is slightly generous (it accepts a few rhymes no dictionary holds, and the
 * final {@code k} of Central Highlands names such as {@code Đắk Lắk}); it has to reject
 * garbage, not judge spelling.
 *
 * <p>{@link #isMinorityWord} is far looser, for the place names that the languages of the
 * Central Highlands and the northern uplands lend to Vietnamese ({@code Krông}, {@code Đakrông},
 * {@code Djrăng}, {@code Mnông}): consonant clusters, finals such as {@code l r s h}, several
 * syllables in one word. It proves nothing by itself and is used only where the row already
 * proved its legacy encoding.
 */
final class VietnameseSyllable {

    /** Initial consonant, vowels (medial glide and nucleus), final; the groups are used for the tone check. */
    private static final Pattern TONELESS_SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
                    + "(o(?:a|ă|e|o)|u(?:yê|ya|a|ă|â|e|ê|i|y|ơ|ô)"
                    + "|iê|yê|ia|ya|uô|ua|ươ|ưa|a|ă|â|e|ê|i|y|o|ô|ơ|u|ư)"
                    + "(ch|ng|nh|c|k|m|n|p|t|i|y|o|u)?");
    private static final int VOWELS_GROUP = 2;
    private static final int FINAL = 3;
    /** The vowel groups that a final nh or ch may close. */
    private static final Set<String> PALATAL_NUCLEI = Set.of("a", "ê", "i", "y", "oa", "uê", "uy");

    /**
     * Up to three consonants, then one to four runs of up to three vowels, apart by one to three
     * consonants, and up to three consonants ({@code kr·ô·ng}, {@code đ·a·kr·ô·ng},
     * {@code m·a·đ·a·g·uôi}).
     */
    private static final Pattern TONELESS_MINORITY_WORD = Pattern.compile(
            "[bcdđghjklmnpqrstvwxz]{0,3}(?:[aăâeêioôơuưy]{1,3}[bcdđghjklmnpqrstvwxz]{1,3}){0,3}"
                    + "[aăâeêioôơuưy]{1,3}[bcdđghjklmnpqrstvwxz]{0,3}");

    private static final String LETTERS = "abcdeghiklmnopqrstuvxyđ";
    /** The minority names add j, w and z (Jút, Êwi, Zà); f is not written in them. */
    private static final String MINORITY_LETTERS = "abcdeghijklmnopqrstuvwxyzđ";
    private static final String VOWELS = "aăâeêioôơuưy";

    private VietnameseSyllable() {
    }

    static boolean isValid(String word) {
        Toneless spelling = Toneless.of(word, LETTERS);
        if (spelling == null || spelling.tones.length() > 1) {
            return false;
        }
        StringBuilder toneless = spelling.letters;
        int toneAt = spelling.tones.isEmpty() ? -1 : spelling.toneAt[0];
        char tone = spelling.tones.isEmpty() ? '\0' : spelling.tones.charAt(0);
        Matcher syllable = TONELESS_SYLLABLE.matcher(toneless);
        if (!syllable.matches()) {
            return false;
        }
        int finalStart = syllable.start(FINAL);
        if (finalStart >= 0 && toneAt >= finalStart) {
            return false;
        }
        // nh and ch close only a, ê, i, y and their glided forms (anh, ênh, inh, uynh, oach), never ô or u
        String closing = syllable.group(FINAL);
        String nucleus = syllable.group(VOWELS_GROUP);
        if (("nh".equals(closing) || "ch".equals(closing)) && !PALATAL_NUCLEI.contains(nucleus)) {
            return false;
        }
        // oo only in -oong and -ooc (xoong, moóc); the glide y closes only a and â (tay, tây, khuây)
        if ("oo".equals(nucleus) && !"ng".equals(closing) && !"c".equals(closing)) {
            return false;
        }
        if ("y".equals(closing) && !nucleus.endsWith("a") && !nucleus.endsWith("â")) {
            return false;
        }
        // a syllable closed by p, t, c or ch takes only the sắc (acute) or nặng (dot below) tone
        boolean checked = finalStart >= 0 && "ptc".indexOf(toneless.charAt(finalStart)) >= 0;
        return !checked || tone == '\0' || tone == '\u0301' || tone == '\u0323';
    }

    /**
     * @return whether the word could be a place name of a minority language written with
     *     Vietnamese letters: nothing but those letters (and j, w, z), consonant clusters and
     *     vowel groups of bounded length, at most one tone per vowel group; case is not judged
     *     ({@code HBông}, {@code ĐamBri} are written so)
     */
    static boolean isMinorityWord(String word) {
        Toneless spelling = Toneless.of(word, MINORITY_LETTERS);
        if (spelling == null || !TONELESS_MINORITY_WORD.matcher(spelling.letters).matches()) {
            return false;
        }
        // one tone per vowel group: two tones with only vowels between them spell no syllable
        for (int t = 1; t < spelling.tones.length(); t++) {
            boolean consonantBetween = false;
            for (int i = spelling.toneAt[t - 1] + 1; i < spelling.toneAt[t]; i++) {
                consonantBetween |= VOWELS.indexOf(spelling.letters.charAt(i)) < 0;
            }
            if (!consonantBetween) {
                return false;
            }
        }
        return true;
    }

    /** A word in lower case, its letters without tone marks, and its tones with where they sit. */
    private static final class Toneless {
        final StringBuilder letters;
        final StringBuilder tones = new StringBuilder(1);
        final int[] toneAt;

        private Toneless(int length) {
            letters = new StringBuilder(length);
            toneAt = new int[length];
        }

        /**
         * @return the spelling, or {@code null} when a character is no letter of {@code alphabet}
         *     or a mark sits on no vowel
         */
        static Toneless of(String word, String alphabet) {
            if (word.isEmpty()) {
                return null;
            }
            String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
            Toneless spelling = new Toneless(decomposed.length());
            StringBuilder toneless = spelling.letters;
            for (int i = 0; i < decomposed.length(); i++) {
                char c = decomposed.charAt(i);
                switch (c) {
                    case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> {
                        int at = toneless.length() - 1;
                        if (at < 0 || VOWELS.indexOf(toneless.charAt(at)) < 0) {
                            return null;
                        }
                        spelling.toneAt[spelling.tones.length()] = at;
                        spelling.tones.append(c);
                    }
                    case '\u0302' -> {
                        if (!replaceLast(toneless, "aeo", "âêô")) {
                            return null;
                        }
                    }
                    case '\u0306' -> {
                        if (!replaceLast(toneless, "a", "ă")) {
                            return null;
                        }
                    }
                    case '\u031B' -> {
                        if (!replaceLast(toneless, "ou", "ơư")) {
                            return null;
                        }
                    }
                    default -> {
                        if (alphabet.indexOf(c) < 0) {
                            return null;
                        }
                        toneless.append(c);
                    }
                }
            }
            return spelling;
        }
    }

    /** A modifier (circumflex, breve, horn) belongs to the base letter just before it. */
    private static boolean replaceLast(StringBuilder toneless, String bases, String modified) {
        if (toneless.isEmpty()) {
            return false;
        }
        int index = bases.indexOf(toneless.charAt(toneless.length() - 1));
        if (index < 0) {
            return false;
        }
        toneless.setCharAt(toneless.length() - 1, modified.charAt(index));
        return true;
    }
}
