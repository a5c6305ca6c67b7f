package vn.vhttdl.hub.datasets.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Encoders from Unicode to the legacy encodings, for tests only, written from the published
 * code charts and independent of the decoders under test. The result is what a Latin-1 column
 * holds: one character per byte.
 */
final class LegacyEncoders {

    /**
     * TCVN 5712:1993 (VN1), by letter family: base, grave, hook, tilde, acute, dot below, each
     * followed by its byte ({@code --}: plain ASCII).
     */
    private static final String TCVN3_CHART = """
            a à ả ã á ạ : -- B5 B6 B7 B8 B9
            ă ằ ẳ ẵ ắ ặ : A8 BB BC BD BE C6
            â ầ ẩ ẫ ấ ậ : A9 C7 C8 C9 CA CB
            e è ẻ ẽ é ẹ : -- CC CE CF D0 D1
            ê ề ể ễ ế ệ : AA D2 D3 D4 D5 D6
            i ì ỉ ĩ í ị : -- D7 D8 DC DD DE
            o ò ỏ õ ó ọ : -- DF E1 E2 E3 E4
            ô ồ ổ ỗ ố ộ : AB E5 E6 E7 E8 E9
            ơ ờ ở ỡ ớ ợ : AC EA EB EC ED EE
            u ù ủ ũ ú ụ : -- EF F1 F2 F3 F4
            ư ừ ử ữ ứ ự : AD F5 F6 F7 F8 F9
            y ỳ ỷ ỹ ý ỵ : -- FA FB FC FD FE
            A À Ả Ã Á Ạ : -- 80 81 82 83 84
            Ă Ằ Ẳ Ẵ Ắ Ặ : A1 AF BA BF C0 85
            Â Ầ Ẩ Ẫ Ấ Ậ : A2 C1 C2 C3 C4 86
            E È Ẻ Ẽ É Ẹ : -- 87 88 89 8A 8B
            Ê Ề Ể Ễ Ế Ệ : A3 C5 CD D9 DA 8C
            I Ì Ỉ Ĩ Í Ị : -- 8D 8E 8F 90 91
            O Ò Ỏ Õ Ó Ọ : -- 92 93 94 95 96
            Ô Ồ Ổ Ỗ Ố Ộ : A4 DB E0 F0 FF 97
            Ơ Ờ Ở Ỡ Ớ Ợ : A5 98 99 9A 9B 9C
            U Ù Ủ Ũ Ú Ụ : -- 9D 9E 9F 01 02
            Ư Ừ Ử Ữ Ứ Ự : A6 04 05 06 11 12
            Y Ỳ Ỷ Ỹ Ý Ỵ : -- 13 14 15 16 17
            đ : AE
            Đ : A7
            """;

    /** VNI-Windows, lower case: letter, then its byte sequence. Capitals are the same upper-cased. */
    private static final String VNI_CHART = """
            à aø  ả aû  ã aõ  á aù  ạ aï
            ă aê  ằ aè  ẳ aú  ẵ aü  ắ aé  ặ aë
            â aâ  ầ aà  ẩ aå  ẫ aã  ấ aá  ậ aä
            è eø  ẻ eû  ẽ eõ  é eù  ẹ eï
            ê eâ  ề eà  ể eå  ễ eã  ế eá  ệ eä
            ì ì  ỉ æ  ĩ ó  í í  ị ò
            ò oø  ỏ oû  õ oõ  ó où  ọ oï
            ô oâ  ồ oà  ổ oå  ỗ oã  ố oá  ộ oä
            ơ ô  ờ ôø  ở ôû  ỡ ôõ  ớ ôù  ợ ôï
            ù uø  ủ uû  ũ uõ  ú uù  ụ uï
            ư ö  ừ öø  ử öû  ữ öõ  ứ öù  ự öï
            ỳ yø  ỷ yû  ỹ yõ  ý yù  ỵ î
            đ ñ
            """;

    /**
     * VIQR (RFC 1456): each mark of the canonical decomposition as the ASCII it is typed with,
     * the vowel modifiers (breve, circumflex, horn) first, then the tone; đ is {@code dd}.
     */
    private static final Map<Character, Character> VIQR_MARKS = Map.of(
            '\u0306', '(', '\u0302', '^', '\u031B', '+',
            '\u0301', '\'', '\u0300', '`', '\u0309', '?', '\u0303', '~', '\u0323', '.');

    /** ASCII that a VIQR reader would take for a mark after a vowel, so written escaped there. */
    private static final String VIQR_ESCAPED = "'`?~.^(+";

    private static final Map<Character, Character> TCVN3 = new HashMap<>();
    private static final Map<Character, String> VNI = new HashMap<>();

    static {
        for (String line : TCVN3_CHART.strip().split("\n")) {
            String[] sides = line.split(":");
            String[] letters = sides[0].trim().split(" ");
            String[] bytes = sides[1].trim().split(" ");
            for (int i = 0; i < letters.length; i++) {
                if (!bytes[i].equals("--")) {
                    TCVN3.put(letters[i].charAt(0), (char) Integer.parseInt(bytes[i], 16));
                }
            }
        }
        for (String line : VNI_CHART.strip().split("\n")) {
            for (String entry : line.trim().split(" {2}")) {
                String[] parts = entry.split(" ");
                VNI.put(parts[0].charAt(0), parts[1]);
                VNI.put(parts[0].toUpperCase(Locale.ROOT).charAt(0), parts[1].toUpperCase(Locale.ROOT));
            }
        }
    }

    private LegacyEncoders() {
    }

    static int tcvn3Letters() {
        return TCVN3.size();
    }

    /** @return the byte of a Vietnamese letter in TCVN3, or -1 */
    static int tcvn3ByteOf(char letter) {
        Character b = TCVN3.get(letter);
        return b == null ? -1 : b;
    }

    static String toTcvn3(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            Character b = TCVN3.get(c);
            out.append(b != null ? b.charValue() : ascii(c));
        }
        return out.toString();
    }

    static String toVni(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            String bytes = VNI.get(c);
            out.append(bytes != null ? bytes : String.valueOf(ascii(c)));
        }
        return out.toString();
    }

    /**
     * Writes each letter as its base letter, its modifier and its tone, in that order, from the
     * canonical decomposition ({@code ấ} is {@code a} + circumflex + acute: {@code a^'}). A
     * literal mark after a vowel is escaped ({@code Hà.} is {@code Ha`\.}), and so is a literal
     * d after a d ({@code d\d}).
     */
    static String toViqr(String unicode) {
        StringBuilder out = new StringBuilder();
        char previous = 0;
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            if (c == 'đ' || c == 'Đ') {
                out.append(c == 'đ' ? "dd" : "DD");
                previous = c;
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            if (base >= 0x80 && "–—“”‘’…".indexOf(base) < 0) {
                throw new IllegalArgumentException("not encodable: '" + c + "' U+" + Integer.toHexString(c));
            }
            boolean afterVowel = "aeiouyAEIOUY".indexOf(previous) >= 0;
            boolean escape = (afterVowel && VIQR_ESCAPED.indexOf(base) >= 0)
                    || (Character.toLowerCase(previous) == 'd' && Character.toLowerCase(base) == 'd');
            if (escape) {
                out.append('\\');
            }
            out.append(base);
            // NFD orders the dot below before the circumflex (ậ is a, dot below, circumflex); VIQR writes the modifier first
            StringBuilder modifier = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (int i = 1; i < decomposed.length(); i++) {
                char combining = decomposed.charAt(i);
                Character mark = VIQR_MARKS.get(combining);
                if (mark == null) {
                    throw new IllegalArgumentException("no VIQR mark for U+" + Integer.toHexString(combining));
                }
                ("(^+".indexOf(mark) >= 0 ? modifier : tone).append(mark.charValue());
            }
            out.append(modifier).append(tone);
            previous = escape ? 0 : base;
        }
        return out.toString();
    }

    private static char ascii(char c) {
        // typographic marks outside both charts stand for themselves (a CP1252 column holds them)
        if (c < 0x80 || "–—“”‘’…".indexOf(c) >= 0) {
            return c;
        }
        throw new IllegalArgumentException("not encodable: '" + c + "' U+" + Integer.toHexString(c));
    }
}
