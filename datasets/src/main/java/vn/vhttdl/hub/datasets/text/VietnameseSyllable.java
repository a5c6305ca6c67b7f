package vn.vhttdl.hub.datasets.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a word is a well-formed Vietnamese syllable: an initial consonant, a rhyme (optional
 * medial glide, vowel nucleus, optional final) and at most one tone mark. This is what tells
 * {@code Chùa} from {@code Chïa}: legacy-encoded text decoded the wrong way, or the right way,
 * almost never happens to spell valid syllables by accident.
 *
 * <p>The grammar is slightly generous (it accepts a few rhymes no dictionary holds, and the
 * final {@code k} of Central Highlands names such as {@code Đắk Lắk}); it has to reject
 * garbage, not judge spelling.
 */
final class VietnameseSyllable {

    private static final Pattern TONELESS_SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
                    + "(?:o(?:a|ă|e|o)|u(?:yê|ya|a|ă|â|e|ê|i|y|ơ|ô)"
                    + "|iê|yê|ia|ya|uô|ua|ươ|ưa|a|ă|â|e|ê|i|y|o|ô|ơ|u|ư)"
                    + "(?:ch|ng|nh|c|k|m|n|p|t|i|y|o|u)?");

    private static final String LETTERS = "abcdeghiklmnopqrstuvxyđ";

    private VietnameseSyllable() {
    }

    static boolean isValid(String word) {
        if (word.isEmpty()) {
            return false;
        }
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder toneless = new StringBuilder(decomposed.length());
        int tones = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> tones++;
                case '\u0302' -> {
                    if (!replaceLast(toneless, "aeo", "âêô")) {
                        return false;
                    }
                }
                case '\u0306' -> {
                    if (!replaceLast(toneless, "a", "ă")) {
                        return false;
                    }
                }
                case '\u031B' -> {
                    if (!replaceLast(toneless, "ou", "ơư")) {
                        return false;
                    }
                }
                default -> {
                    if (LETTERS.indexOf(c) < 0) {
                        return false;
                    }
                    toneless.append(c);
                }
            }
        }
        return tones <= 1 && TONELESS_SYLLABLE.matcher(toneless).matches();
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
