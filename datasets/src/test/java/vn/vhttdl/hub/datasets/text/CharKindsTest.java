package vn.vhttdl.hub.datasets.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vhttdl.hub.datasets.text.VietnameseTextRepair.CharKinds;

/** The table the clean-text check reads: each kind of character the repair tells apart. */
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
        byte expected = CharKinds.class.getDeclaredField(kind).getByte(null);

        assertThat(CharKinds.of(c)).isEqualTo(expected);
    }
}
