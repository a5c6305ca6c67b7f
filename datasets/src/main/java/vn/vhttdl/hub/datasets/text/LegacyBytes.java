package vn.vhttdl.hub.datasets.text;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/**
 * Recovers the byte a legacy column held from the character a driver made of it. A column
 * declared Latin-1 gives U+0000–U+00FF back byte for byte; one declared CP1252 turns
 * 0x80–0x9F into typographic characters (0x93 becomes “), which are mapped back here.
 */
final class LegacyBytes {

    private static final Map<Character, Integer> CP1252_SPECIALS = cp1252Specials();

    private LegacyBytes() {
    }

    /** @return the byte behind {@code c}, or -1 when no single-byte legacy text holds it */
    static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        Integer b = CP1252_SPECIALS.get(c);
        return b == null ? -1 : b;
    }

    private static Map<Character, Integer> cp1252Specials() {
        Charset cp1252 = Charset.forName("windows-1252");
        Map<Character, Integer> specials = new HashMap<>();
        for (int b = 0x80; b <= 0x9F; b++) {
            char c = new String(new byte[] {(byte) b}, cp1252).charAt(0);
            // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in CP1252 and decode to U+FFFD
            if (c != '\uFFFD') {
                specials.put(c, b);
            }
        }
        return Map.copyOf(specials);
    }
}
