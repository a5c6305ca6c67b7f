package vn.vhttdl.hub.datasets.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table the clean-text check reads: each kind of character the repair tells apart, and which may change under NFC. */
class CharKindsTest {

    @ParameterizedTest(name = "U+{0} is {1}")
    @CsvSource({
        // plain ASCII, new line and tab included
        "0061, PLAIN_ASCII", "0037, PLAIN_ASCII", "002C, PLAIN_ASCII", "000A, PLAIN_ASCII", "0009, PLAIN_ASCII",
        // what VIQR writes marks, escapes and đ with
        "002E, VIQR_SIGN", "0027, VIQR_SIGN", "0060, VIQR_SIGN", "003F, VIQR_SIGN", "007E, VIQR_SIGN", "005E, VIQR_SIGN",
        "0028, VIQR_SIGN", "002B, VIQR_SIGN", "005C, VIQR_SIGN", "0064, LETTER_D", "0044, LETTER_D",
        // invisible, control and the Icelandic eth: always the full repair
        "200B, NEEDS_REPAIR", "200D, NEEDS_REPAIR", "FEFF, NEEDS_REPAIR", "0000, NEEDS_REPAIR", "007F, NEEDS_REPAIR",
        "0085, NEEDS_REPAIR", "00D0, NEEDS_REPAIR", "00F0, NEEDS_REPAIR",
        // letters and marks no single-byte encoding holds: the text is Unicode
        "1ED1, BEYOND_ONE_BYTE", "01A1, BEYOND_ONE_BYTE", "0111, BEYOND_ONE_BYTE", "0301, BEYOND_ONE_BYTE",
        // beyond ASCII but held by Latin-1 or CP1252 (TCVN3 and VNI live there), or no letter at all
        "00E9, BEYOND_ASCII", "00E2, BEYOND_ASCII", "201C, BEYOND_ASCII", "2013, BEYOND_ASCII", "2022, BEYOND_ASCII",
        "00A0, BEYOND_ASCII"
    })
    void tellsTheKindsOfCharacterApart(String codePoint, String kind) throws ReflectiveOperationException {
        char c = (char) Integer.parseInt(codePoint, 16);
        int expected = CharKinds.class.getDeclaredField(kind).getInt(null);

        assertThat(CharKinds.of(c) & CharKinds.KIND).isEqualTo(expected);
    }

    @ParameterizedTest(name = "U+{0} may change under NFC: {1}")
    @CsvSource({
        // Vietnamese letters, precomposed, and the punctuation of Vietnamese text: nothing composes with them
        "1ED1, false", "01A1, false", "0111, false", "1EA0, false", "00E0, false", "0061, false", "2013, false",
        "201C, false", "00A0, false", "AC00, false",
        // combining marks (they compose with what precedes, and reorder), a Hangul vowel that composes with
        // its consonant, singletons NFC replaces (U+2000 → U+2002, Ohm sign → Omega), a surrogate half
        "0301, true", "0323, true", "0302, true", "1161, true", "11A8, true", "2000, true", "2126, true", "0340, true",
        "D800, true"
    })
    void marksWhatMayChangeUnderNfc(String codePoint, boolean mayChange) {
        char c = (char) Integer.parseInt(codePoint, 16);

        assertThat((CharKinds.of(c) & CharKinds.MAY_CHANGE_UNDER_NFC) != 0).isEqualTo(mayChange);
    }

    /**
     * The promise the check relies on: text made only of unflagged characters is in NFC. Every
     * pair of the Latin letters and punctuation Vietnamese text uses, and a million random pairs
     * and triples of any unflagged characters.
     */
    @Test
    void textOfUnflaggedCharactersIsAlwaysInNfc() {
        List<Character> latin = IntStream.concat(IntStream.concat(IntStream.rangeClosed(0x20, 0x24F),
                        IntStream.rangeClosed(0x1E00, 0x1EFF)), IntStream.rangeClosed(0x2000, 0x206F))
                .filter(c -> (CharKinds.of((char) c) & CharKinds.MAY_CHANGE_UNDER_NFC) == 0)
                .mapToObj(c -> (char) c).toList();
        List<String> notNfc = new ArrayList<>();
        for (char a : latin) {
            for (char b : latin) {
                String pair = "" + a + b;
                if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
                    notNfc.add(pair);
                }
            }
        }
        char[] unflagged = IntStream.rangeClosed(0, Character.MAX_VALUE)
                .filter(c -> (CharKinds.of((char) c) & CharKinds.MAY_CHANGE_UNDER_NFC) == 0)
                .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()).toCharArray();
        Random random = new Random(20261201);
        for (int i = 0; i < 1_000_000; i++) {
            String text = "" + unflagged[random.nextInt(unflagged.length)] + unflagged[random.nextInt(unflagged.length)]
                    + (i % 2 == 0 ? "" : String.valueOf(unflagged[random.nextInt(unflagged.length)]));
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                notNfc.add(text);
            }
        }

        assertThat(latin).hasSizeGreaterThan(700);
        assertThat(unflagged.length).isGreaterThan(40_000);
        assertThat(notNfc).isEmpty();
    }
}
