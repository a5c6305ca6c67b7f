package vn.vhttdl.hub.datasets.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits text into words and tells what kind of word each is. */
final class VietnameseWords {

    /**
     * Punctuation that separates words. ASCII punctuation and the typographic marks Vietnamese
     * text uses; not the Latin-1 symbols (§ × « » ·) that TCVN3 uses for letters.
     */
    private static final String TYPOGRAPHIC_SEPARATORS = "“”‘’‚„‹›–—…•";

    private static final Pattern ABBREVIATION_WITH_D = Pattern.compile("[A-ZĐ]{0,11}Đ[A-ZĐ]{0,11}|đ");

    private VietnameseWords() {
    }

    static boolean isSeparator(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || (c < 0x80 && !Character.isLetterOrDigit(c))
                || TYPOGRAPHIC_SEPARATORS.indexOf(c) >= 0;
    }

    /** @return the words of {@code text}, in order, without separators */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean separator = i == text.length() || isSeparator(text.charAt(i));
            if (separator && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /**
     * @param requireOrdinaryCase whether a syllable must be written lower-case, Capitalised or
     *     in capitals to count as Vietnamese; legacy text decoded the wrong way shows up as
     *     {@code HuÕ}, which genuine text never contains
     */
    static WordKind classify(String word, boolean requireOrdinaryCase) {
        boolean ascii = true;
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            ascii &= c < 0x80;
            letters |= Character.isLetter(c);
        }
        if (ascii) {
            return WordKind.ASCII;
        }
        if (!letters) {
            return WordKind.NO_LETTERS;
        }
        if (ABBREVIATION_WITH_D.matcher(word).matches()) {
            return WordKind.ABBREVIATION;
        }
        if (VietnameseSyllable.isValid(word) && (!requireOrdinaryCase || hasOrdinaryCase(word))) {
            return WordKind.VIETNAMESE;
        }
        return WordKind.FOREIGN;
    }

    /** @return whether a word with letters beyond ASCII is a Vietnamese syllable of two letters or more */
    static boolean isVietnameseWordBeyondAscii(String word) {
        return word.length() >= 2 && classify(word, false) == WordKind.VIETNAMESE;
    }

    /** @return whether the word is lower-case, Capitalised or in capitals ({@code HuÕ} is none of them) */
    static boolean hasOrdinaryCase(String word) {
        String rest = word.substring(1);
        return word.equals(word.toLowerCase(Locale.ROOT))
                || word.equals(word.toUpperCase(Locale.ROOT))
                || rest.equals(rest.toLowerCase(Locale.ROOT));
    }
}
