package vn.vhttdl.hub.datasets.text;

import java.text.Normalizer;
import java.util.BitSet;

/**
 * What the clean-text check of {@link VietnameseTextRepair} needs to know of a character, for all
 * 65,536 of them, worked out once: its kind ({@link #KIND} bits), and whether text holding it
 * could change under NFC ({@link #MAY_CHANGE_UNDER_NFC}).
 *
 * <p>Text made only of characters without that flag is in NFC, so the check skips
 * {@link Normalizer#isNormalized}, which is slow on Vietnamese letters. A character goes without
 * the flag when nothing can compose with it or reorder around it: NFC leaves it as it is (no
 * singleton, no excluded composite), it is no combining mark, and neither it nor the first
 * character of its decomposition ever stands after the first place of any character's
 * decomposition — which is where the second halves of all canonical compositions are (combining
 * marks, Hangul vowels and final consonants, a few Indic vowel signs). All of ASCII, the Latin
 * letters of Vietnamese (ố, ơ, đ...) and the common punctuation qualify.
 */
final class CharKinds {

    /** The bits of an entry that give the kind. */
    static final int KIND = 0x7;
    static final int PLAIN_ASCII = 0;
    /** Zero-width, a control character other than new line and tab, or Ð/ð: the text needs the full repair. */
    static final int NEEDS_REPAIR = 1;
    /** ASCII that VIQR writes marks, escapes and đ with. */
    static final int VIQR_SIGN = 2;
    /** {@code d} or {@code D}: VIQR writes đ as {@code dd}. */
    static final int LETTER_D = 3;
    /** A letter or mark that no single-byte legacy encoding holds ({@code ố}, {@code ơ}): the text is Unicode, not TCVN3 or VNI. */
    static final int BEYOND_ONE_BYTE = 4;
    /** Any other character beyond ASCII. */
    static final int BEYOND_ASCII = 5;

    /** Set when text holding the character may not be in NFC. */
    static final int MAY_CHANGE_UNDER_NFC = 0x8;

    /** The ASCII that VIQR writes marks, escapes and đ with ({@code dd} is checked apart). */
    static final String VIQR_SIGNS = "'`?~.^(+\\";

    private static final byte[] ENTRIES = new byte[Character.MAX_VALUE + 1];

    static {
        BitSet composeWithWhatPrecedes = secondPlacesOfDecompositions();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            int entry = kindOf(ch);
            if (mayChangeUnderNfc(ch, composeWithWhatPrecedes)) {
                entry |= MAY_CHANGE_UNDER_NFC;
            }
            ENTRIES[c] = (byte) entry;
        }
    }

    private CharKinds() {
    }

    static int of(char c) {
        return ENTRIES[c];
    }

    static boolean isZeroWidth(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\uFEFF';
    }

    private static int kindOf(char c) {
        if (isZeroWidth(c) || (Character.isISOControl(c) && c != '\n' && c != '\t') || c == 'Ð' || c == 'ð') {
            return NEEDS_REPAIR;
        }
        if (c >= 0x80) {
            boolean letterOrMark = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            return LegacyBytes.byteOf(c) < 0 && letterOrMark ? BEYOND_ONE_BYTE : BEYOND_ASCII;
        }
        if ((c | 0x20) == 'd') {
            return LETTER_D;
        }
        return VIQR_SIGNS.indexOf(c) >= 0 ? VIQR_SIGN : PLAIN_ASCII;
    }

    private static boolean mayChangeUnderNfc(char c, BitSet composeWithWhatPrecedes) {
        if (c < 0x80) {
            return false;
        }
        if (Character.isSurrogate(c)) {
            return true; // a supplementary character: judged by the full check
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return true;
        }
        String alone = String.valueOf(c);
        if (!Normalizer.normalize(alone, Normalizer.Form.NFC).equals(alone)) {
            return true;
        }
        String decomposed = Normalizer.normalize(alone, Normalizer.Form.NFD);
        return composeWithWhatPrecedes.get(c) || composeWithWhatPrecedes.get(decomposed.charAt(0));
    }

    /** @return every character found after the first place of some character's canonical decomposition */
    private static BitSet secondPlacesOfDecompositions() {
        BitSet seconds = new BitSet(Character.MAX_VALUE + 1);
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            for (int i = 1; i < decomposed.length(); i++) {
                seconds.set(decomposed.charAt(i));
            }
        }
        return seconds;
    }
}
