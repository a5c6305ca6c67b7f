package vn.vhttdl.hub.datasets.text;

/**
 * TCVN3 (TCVN 5712:1993, the ABC fonts): one byte per letter, see {@link Tcvn3Table}.
 *
 * <p>Two habits of the ABC era shape the decoding. Capitals with tone marks were typed with an
 * all-capital font over the lower-case codes, so {@code CHïA} means {@code CHÙA}: a word, or a
 * whole text, whose ASCII letters are all capitals gets its decoded letters in capitals too.
 * And the toned capitals of the full VN1 form share their bytes with CP1252 punctuation
 * ({@code “} is Ỏ, {@code –} is Ọ), so those are read as letters only where a capital word
 * needs them ({@code H“NG}, {@code S™}), never where they quote or separate words.
 */
final class Tcvn3Encoding implements LegacyEncoding {

    @Override
    public TextRepair repair() {
        return TextRepair.TCVN3_DECODED;
    }

    /**
     * The VN3 codes are distinctive, and so are VN1 capitals that arrive as control characters
     * (no genuine text holds those); VN1 capitals that are Latin-1 letters too ({@code à} is Ổ)
     * are not.
     */
    @Override
    public boolean isDistinctive(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            int b = LegacyBytes.byteOf(c);
            boolean vn3 = b >= 0x80 && Tcvn3Table.isLetter(b) && !Tcvn3Table.isFullFormCapital(b);
            if (vn3 || (Character.isISOControl(c) && Tcvn3Table.isLetter(b))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String decodeToken(String token, boolean capitalText) {
        String generous = decode(token, capitalText, false);
        for (String word : VietnameseWords.words(generous)) {
            if (VietnameseWords.classify(word, false) == WordKind.FOREIGN) {
                return decode(token, capitalText, true);
            }
        }
        return generous;
    }

    /**
     * @param strict whether a typographic mark must sit between two capitals to be read as a
     *     letter; otherwise one capital neighbour is enough
     */
    private static String decode(String token, boolean capitalText, boolean strict) {
        int length = token.length();
        char[] decoded = new char[length];
        boolean[] decodedLowerCase = new boolean[length];
        for (int i = 0; i < length; i++) {
            char c = token.charAt(i);
            int b = LegacyBytes.byteOf(c);
            char letter = Tcvn3Table.letterAt(b);
            decoded[i] = c;
            boolean typographic = !Character.isLetter(c) && !Character.isISOControl(c);
            if (letter == '\0' || (Tcvn3Table.isFullFormCapital(b) && typographic && !isCapitalSlot(token, i, strict))) {
                continue;
            }
            decoded[i] = letter;
            decodedLowerCase[i] = Character.isLowerCase(letter);
        }
        capitalise(token, decoded, decodedLowerCase, capitalText);
        return new String(decoded);
    }

    private static boolean isCapitalSlot(String token, int i, boolean strict) {
        boolean before = i > 0 && isCapitalCode(token.charAt(i - 1));
        boolean after = i + 1 < token.length() && isCapitalCode(token.charAt(i + 1));
        return strict ? before && after : before || after;
    }

    private static boolean isCapitalCode(char c) {
        if (c < 0x80) {
            return Character.isUpperCase(c);
        }
        char letter = Tcvn3Table.letterAt(LegacyBytes.byteOf(c));
        return letter != '\0' && Character.isUpperCase(letter);
    }

    private static void capitalise(String token, char[] decoded, boolean[] decodedLowerCase, boolean capitalText) {
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
            if (asciiLowerCase == 0 && (capitals >= 2 || capitalText)) {
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
