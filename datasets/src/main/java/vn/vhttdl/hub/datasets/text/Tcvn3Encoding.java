package vn.vhttdl.hub.datasets.text;

/**
 * TCVN3 (TCVN 5712:1993, the ABC fonts): one byte per letter, see {@link Tcvn3Table}.
 *
 * <p>Two habits of the ABC era shape the decoding. Capitals with tone marks were typed with an
 * all-capital font over the lower-case codes, so {@code CHïA} means {@code CHÙA}: a word whose
 * ASCII letters are all capitals gets its decoded letters in capitals too. And the toned
 * capitals of the full VN1 form share their bytes with Latin-1 letters and CP1252 punctuation
 * ({@code “}, {@code –}), so they are decoded only inside a word.
 */
final class Tcvn3Encoding implements LegacyEncoding {

    @Override
    public TextRepair repair() {
        return TextRepair.TCVN3_DECODED;
    }

    @Override
    public String decodeToken(String token) {
        int length = token.length();
        char[] decoded = new char[length];
        boolean[] decodedLowerCase = new boolean[length];
        for (int i = 0; i < length; i++) {
            char c = token.charAt(i);
            int b = LegacyBytes.byteOf(c);
            char letter = Tcvn3Table.letterAt(b);
            decoded[i] = c;
            if (letter == '\0') {
                continue;
            }
            if (!Tcvn3Table.isFullFormCapital(b) || isCapitalInsideWord(token, i, c)) {
                decoded[i] = letter;
                decodedLowerCase[i] = Character.isLowerCase(letter);
            }
        }
        capitaliseAllCapitalWords(token, decoded, decodedLowerCase);
        return new String(decoded);
    }

    private static boolean isCapitalInsideWord(String token, int i, char c) {
        char before = i > 0 ? token.charAt(i - 1) : ' ';
        char after = i + 1 < token.length() ? token.charAt(i + 1) : ' ';
        if (Character.isLetter(c) || Character.isISOControl(c)) {
            return isLetterCode(before) || isLetterCode(after);
        }
        // a typographic mark (“ – …) is a letter only between two capitals: H“NG
        return isCapitalCode(before) && isCapitalCode(after);
    }

    private static boolean isLetterCode(char c) {
        return c < 0x80 ? Character.isLetter(c) : Tcvn3Table.isLetter(LegacyBytes.byteOf(c));
    }

    private static boolean isCapitalCode(char c) {
        if (c < 0x80) {
            return Character.isUpperCase(c);
        }
        char letter = Tcvn3Table.letterAt(LegacyBytes.byteOf(c));
        return letter != '\0' && Character.isUpperCase(letter);
    }

    private static void capitaliseAllCapitalWords(String token, char[] decoded, boolean[] decodedLowerCase) {
        int start = 0;
        while (start < decoded.length) {
            if (!Character.isLetter(decoded[start])) {
                start++;
                continue;
            }
            int end = start;
            int capitals = 0;
            int asciiLowerCase = 0;
            while (end < decoded.length && Character.isLetter(decoded[end])) {
                char original = token.charAt(end);
                if (original < 0x80 && Character.isLowerCase(original)) {
                    asciiLowerCase++;
                } else if (!decodedLowerCase[end] && Character.isUpperCase(decoded[end])) {
                    capitals++;
                }
                end++;
            }
            if (asciiLowerCase == 0 && capitals >= 2) {
                for (int i = start; i < end; i++) {
                    if (decodedLowerCase[i]) {
                        decoded[i] = Character.toUpperCase(decoded[i]);
                    }
                }
            }
            start = end;
        }
    }
}
