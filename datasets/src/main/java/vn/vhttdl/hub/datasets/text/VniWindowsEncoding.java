package vn.vhttdl.hub.datasets.text;

import java.text.Normalizer;
import java.util.Map;

/**
 * VNI-Windows: a base letter followed by one byte that carries its marks ({@code aù} is
 * {@code á}, {@code aá} is {@code ấ}), plus single bytes for đ, ơ, ư and the toned i and ỵ
 * ({@code Ñình} is {@code Đình}).
 */
final class VniWindowsEncoding implements LegacyEncoding {

    private static final char CIRCUMFLEX = '\u0302';
    private static final char BREVE = '\u0306';
    private static final char NO_MARK = '\0';

    /** Mark byte (lower-case form) → {vowel modifier, tone}. */
    private static final Map<Character, char[]> MARKS = Map.ofEntries(
            Map.entry('ø', new char[] {NO_MARK, '\u0300'}),
            Map.entry('ù', new char[] {NO_MARK, '\u0301'}),
            Map.entry('û', new char[] {NO_MARK, '\u0309'}),
            Map.entry('õ', new char[] {NO_MARK, '\u0303'}),
            Map.entry('ï', new char[] {NO_MARK, '\u0323'}),
            Map.entry('â', new char[] {CIRCUMFLEX, NO_MARK}),
            Map.entry('à', new char[] {CIRCUMFLEX, '\u0300'}),
            Map.entry('á', new char[] {CIRCUMFLEX, '\u0301'}),
            Map.entry('å', new char[] {CIRCUMFLEX, '\u0309'}),
            Map.entry('ã', new char[] {CIRCUMFLEX, '\u0303'}),
            Map.entry('ä', new char[] {CIRCUMFLEX, '\u0323'}),
            Map.entry('ê', new char[] {BREVE, NO_MARK}),
            Map.entry('è', new char[] {BREVE, '\u0300'}),
            Map.entry('é', new char[] {BREVE, '\u0301'}),
            Map.entry('ú', new char[] {BREVE, '\u0309'}),
            Map.entry('ü', new char[] {BREVE, '\u0303'}),
            Map.entry('ë', new char[] {BREVE, '\u0323'}));

    /** Bytes that are a whole letter on their own (lower-case forms; capitals map alike). */
    private static final Map<Character, Character> SINGLE_LETTERS = Map.of(
            'ñ', 'đ',
            'ô', 'ơ',
            'ö', 'ư',
            'æ', 'ỉ',
            'ó', 'ĩ',
            'ò', 'ị',
            'î', 'ỵ');

    @Override
    public TextRepair repair() {
        return TextRepair.VNI_DECODED;
    }

    /** Every VNI code spells a mark or a letter ASCII lacks, so any change it makes counts. */
    @Override
    public boolean isDistinctive(String token) {
        return true;
    }

    @Override
    public String decodeToken(String token, boolean capitalText) {
        StringBuilder out = new StringBuilder(token.length());
        int i = 0;
        while (i < token.length()) {
            char c = token.charAt(i);
            char base = baseLetter(c);
            if (base != NO_MARK && i + 1 < token.length()) {
                String composed = compose(base, token.charAt(i + 1));
                if (composed != null) {
                    out.append(composed);
                    i += 2;
                    continue;
                }
            }
            out.append(base != NO_MARK ? base : c);
            i++;
        }
        return out.toString();
    }

    /** @return the letter that {@code c} starts, or NO_MARK when marks never follow it */
    private static char baseLetter(char c) {
        char lower = Character.toLowerCase(c);
        if ("aeouy".indexOf(lower) >= 0) {
            return c;
        }
        Character single = SINGLE_LETTERS.get(lower);
        if (single == null) {
            return NO_MARK;
        }
        return Character.isUpperCase(c) ? Character.toUpperCase(single) : single;
    }

    private static String compose(char base, char markByte) {
        char[] mark = MARKS.get(Character.toLowerCase(markByte));
        // VNI keyboards write a capital's marks in capitals (AØ, aø); aØ is not VNI
        if (mark == null || Character.isUpperCase(base) != Character.isUpperCase(markByte)) {
            return null;
        }
        char lowerBase = Character.toLowerCase(base);
        boolean fits = switch (mark[0]) {
            case CIRCUMFLEX -> "aeo".indexOf(lowerBase) >= 0;
            case BREVE -> lowerBase == 'a';
            default -> "aeouyơư".indexOf(lowerBase) >= 0;
        };
        if (!fits) {
            return null;
        }
        StringBuilder decomposed = new StringBuilder(3).append(base);
        if (mark[0] != NO_MARK) {
            decomposed.append(mark[0]);
        }
        if (mark[1] != NO_MARK) {
            decomposed.append(mark[1]);
        }
        return Normalizer.normalize(decomposed, Normalizer.Form.NFC);
    }
}
