package vn.vhttdl.hub.datasets.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeSpellingsTest {

    enum Colour { RED, GREEN }

    private final CodeSpellings<Colour> colours = CodeSpellings.<Colour>builder("màu", "colour", "mau", "sac")
            .add(Colour.RED, "Đỏ", "do tuoi")
            .add(Colour.GREEN, "Xanh lá", "XL")
            .build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Đỏ            | RED
            ĐỎ            | RED
            do            | RED
            Màu đỏ        | RED
            sắc đỏ tươi   | RED
            đỏ-tươi       | RED
            Xanh lá       | GREEN
            xanh  LA      | GREEN
            XL            | GREEN
            Xanh          | NULL
            Tím           | NULL
            ''            | NULL
            màu           | NULL
            """)
    void foldsDropsFillerAndSqueezesSpaces(String text, Colour expected) {
        assertThat(colours.parse(text).orElse(null)).isEqualTo(expected);
    }

    @Test
    void readsASpellingAlikeEveryTimeEvenPastTheSpellingsItRemembers() {
        for (int round = 0; round < 2; round++) {
            for (int unknown = 0; unknown < 300; unknown++) {
                assertThat(colours.parse("Tím " + unknown)).isEmpty();
            }
            assertThat(colours.parse("Màu đỏ")).contains(Colour.RED);
            assertThat(colours.parse("xanh  LA")).contains(Colour.GREEN);
            assertThat(colours.parse("Xanh")).isEmpty();
            assertThat(colours.parse(null)).isEmpty();
        }
    }

    @Test
    void refusesASpellingThatMeansTwoValues() {
        assertThatThrownBy(() -> CodeSpellings.<Colour>builder("màu", "colour").add(Colour.RED, "Đỏ").add(Colour.GREEN, "do"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("means both RED and GREEN");
    }

    @Test
    void tellsBlankFromUnknown() {
        assertThat(colours.isBlank("  - ")).isTrue();
        assertThat(colours.isBlank("Tím")).isFalse();
    }
}
