package vn.vhttdl.hub.datasets.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word is a well-formed Vietnamese syllable: an initial consonant, a rhyme (optional
 * medial glide, vowel nucleus, optional final) and at most one tone mark, which sits on a vowel
 * and never on the final glide ({@code áo}, never {@code aó}; both {@code hòa} and {@code hoà}); a
 * syllable closed by p, t, c or ch takes only the acute or the dot below ({@code quốc}, never
 * {@code quèc}). This is what tells
 * {@code Chùa} from {@code Chïa}: legacy-encoded text decoded the wrong way, or the right way,
 * almost never happens to spell valid syllables by accident.
 *
 * <p>The grammar is slightly generous (it accepts a few rhymes no dictionary holds, and the
 * final {@code k} of Central Highlands names such as {@code Đắk Lắk}); it has to reject
 * garbage, not judge spelling.
 */
final class VietnameseSyllable {

    /** Initial consonant, vowels (medial glide and nucleus), final; the groups are used for the tone check. */
    private static final Pattern TONELESS_SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
                    + "(o(?:a|ă|e|o)|u(?:yê|ya|a|ă|â|e|ê|i|y|ơ|ô)"
                    + "|iê|yê|ia|ya|uô|ua|ươ|ưa|a|ă|â|e|ê|i|y|o|ô|ơ|u|ư)"
                    + "(ch|ng|nh|c|k|m|n|p|t|i|y|o|u)?");
    private static final int FINAL = 3;

    private static final String LETTERS = "abcdeghiklmnopqrstuvxyđ";
    private static final String VOWELS = "aăâeêioôơuưy";

    private VietnameseSyllable() {
    }

    static boolean isValid(String word) {
        if (word.isEmpty()) {
            return false;
        }
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder toneless = new StringBuilder(decomposed.length());
        int tones = 0;
        int toneAt = -1;
        char tone = '\0';
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> {
                    tones++;
                    toneAt = toneless.length() - 1;
                    tone = c;
                }
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
        if (tones > 1 || (tones == 1 && (toneAt < 0 || VOWELS.indexOf(toneless.charAt(toneAt)) < 0))) {
            return false;
        }
        Matcher syllable = TONELESS_SYLLABLE.matcher(toneless);
        if (!syllable.matches()) {
            return false;
        }
        int finalStart = syllable.start(FINAL);
        if (finalStart >= 0 && toneAt >= finalStart) {
            return false;
        }
        // a syllable closed by p, t, c or ch takes only the sắc (acute) or nặng (dot below) tone
        boolean checked = finalStart >= 0 && "ptc".indexOf(toneless.charAt(finalStart)) >= 0;
        return !checked || tone == '\0' || tone == '\u0301' || tone == '\u0323';
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
