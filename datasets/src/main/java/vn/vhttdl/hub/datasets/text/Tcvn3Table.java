package vn.vhttdl.hub.datasets.text;

import java.util.Arrays;

/**
 * The letters of TCVN 5712:1993 ("TCVN3", the ABC fonts), by byte value.
 *
 * <p>The table holds all 134 Vietnamese letters that are not plain ASCII: the 67 lower-case
 * letters and Ă Â Ê Ô Ơ Ư Đ of the VN3 subset that the ABC fonts used, and the 60 upper-case
 * letters with tone marks that only the full VN1 form of the standard assigns, in the C0 and
 * C1 control ranges and in a few places VN3 leaves empty. Legacy databases rarely hold the VN1
 * capitals (the ABC fonts made capitals by switching to an all-capital font), so
 * {@link #isFullFormCapital} lets the decoder trust them only inside a word.
 *
 * <p>The combining tone marks at 0xB0–0xB4 (VN1/VN2 only) are deliberately absent: in Latin-1
 * text that byte range holds the degree sign and the superscripts, which are far more common.
 */
final class Tcvn3Table {

    /** Byte value, space, letter: checked entry by entry against the published code chart. */
    private static final String CHART = """
            01 Ú  02 Ụ  04 Ừ  05 Ử  06 Ữ  11 Ứ  12 Ự  13 Ỳ  14 Ỷ  15 Ỹ  16 Ý  17 Ỵ
            80 À  81 Ả  82 Ã  83 Á  84 Ạ  85 Ặ  86 Ậ  87 È  88 Ẻ  89 Ẽ  8A É  8B Ẹ
            8C Ệ  8D Ì  8E Ỉ  8F Ĩ  90 Í  91 Ị  92 Ò  93 Ỏ  94 Õ  95 Ó  96 Ọ  97 Ộ
            98 Ờ  99 Ở  9A Ỡ  9B Ớ  9C Ợ  9D Ù  9E Ủ  9F Ũ  A1 Ă  A2 Â  A3 Ê  A4 Ô
            A5 Ơ  A6 Ư  A7 Đ  A8 ă  A9 â  AA ê  AB ô  AC ơ  AD ư  AE đ  AF Ằ  B5 à
            B6 ả  B7 ã  B8 á  B9 ạ  BA Ẳ  BB ằ  BC ẳ  BD ẵ  BE ắ  BF Ẵ  C0 Ắ  C1 Ầ
            C2 Ẩ  C3 Ẫ  C4 Ấ  C5 Ề  C6 ặ  C7 ầ  C8 ẩ  C9 ẫ  CA ấ  CB ậ  CC è  CD Ể
            CE ẻ  CF ẽ  D0 é  D1 ẹ  D2 ề  D3 ể  D4 ễ  D5 ế  D6 ệ  D7 ì  D8 ỉ  D9 Ễ
            DA Ế  DB Ồ  DC ĩ  DD í  DE ị  DF ò  E0 Ổ  E1 ỏ  E2 õ  E3 ó  E4 ọ  E5 ồ
            E6 ổ  E7 ỗ  E8 ố  E9 ộ  EA ờ  EB ở  EC ỡ  ED ớ  EE ợ  EF ù  F0 Ỗ  F1 ủ
            F2 ũ  F3 ú  F4 ụ  F5 ừ  F6 ử  F7 ữ  F8 ứ  F9 ự  FA ỳ  FB ỷ  FC ỹ  FD ý
            FE ỵ  FF Ố
            """;

    private static final char NONE = '\0';
    private static final char[] LETTER_BY_BYTE = new char[256];

    static {
        Arrays.fill(LETTER_BY_BYTE, NONE);
        String[] entries = CHART.trim().split("\\s{2,}|\\n");
        for (String entry : entries) {
            String[] parts = entry.trim().split(" ");
            LETTER_BY_BYTE[Integer.parseInt(parts[0], 16)] = parts[1].charAt(0);
        }
    }

    private Tcvn3Table() {
    }

    /** @return the letter at {@code byteValue}, or {@code '\0'} when the byte is not a letter */
    static char letterAt(int byteValue) {
        return byteValue < 0 || byteValue > 0xFF ? NONE : LETTER_BY_BYTE[byteValue];
    }

    static boolean isLetter(int byteValue) {
        return letterAt(byteValue) != NONE;
    }

    /** @return whether the byte is one of the toned capitals that only the full VN1 form assigns */
    static boolean isFullFormCapital(int byteValue) {
        char letter = letterAt(byteValue);
        return letter != NONE && Character.isUpperCase(letter) && (byteValue < 0xA1 || byteValue > 0xA7);
    }

    /** @return how many letters the table holds; 134 when it is complete */
    static int size() {
        int size = 0;
        for (char letter : LETTER_BY_BYTE) {
            if (letter != NONE) {
                size++;
            }
        }
        return size;
    }
}
