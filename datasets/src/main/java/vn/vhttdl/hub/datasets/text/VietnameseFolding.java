package vn.vhttdl.hub.datasets.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for tolerant matching of free-text source values: lower case, no tone
 * or vowel marks, đ as d (NFD leaves đ alone, so it is handled explicitly), punctuation as
 * spaces, runs of spaces collapsed. {@code "Di tích Quốc gia  ĐB"} folds to
 * {@code "di tich quoc gia db"}.
 */
public final class VietnameseFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private VietnameseFolding() {
    }

    /** @return the folded text; {@code ""} for {@code null} */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('ð', 'd');
        return NOT_ALPHANUMERIC.matcher(unmarked).replaceAll(" ").trim();
    }
}
