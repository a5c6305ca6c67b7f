package vn.vhttdl.hub.datasets.museum;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DimensionsParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Cao 45 cm; ĐK miệng 12 cm              | 45   | NULL | NULL | 12   | NULL
            C: 45cm, R: 20cm                       | 45   | NULL | 20   | NULL | NULL
            Cao 1,2 m                              | 120  | NULL | NULL | NULL | NULL
            Dài 350 mm; rộng 120 mm                | NULL | 35   | 12   | NULL | NULL
            45 x 30 x 12 cm                        | 12   | 45   | 30   | NULL | NULL
            45 × 30 cm                             | NULL | 45   | 30   | NULL | NULL
            Φ 18 cm; cao 6,5 cm                    | 6.5  | NULL | NULL | 18   | NULL
            ĐK miệng 12cm, ĐK đáy 8cm, cao 30cm    | 30   | NULL | NULL | 12   | NULL
            Cao 85 cm; nặng 12,5 kg                | 85   | NULL | NULL | NULL | 12.5
            Dài 24 cm; trọng lượng 350 g           | NULL | 24   | NULL | NULL | 0.35
            """)
    void readsTheMeasuresOfACatalogue(String text, BigDecimal height, BigDecimal length, BigDecimal width,
            BigDecimal diameter, BigDecimal weight) {
        Dimensions d = DimensionsParser.parse(text).orElseThrow();

        assertSame(d.heightCm(), height);
        assertSame(d.lengthCm(), length);
        assertSame(d.widthCm(), width);
        assertSame(d.diameterCm(), diameter);
        assertSame(d.weightKg(), weight);
    }

    private static void assertSame(BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    @org.junit.jupiter.api.Test
    void writesWholeMeasuresWithoutAnExponent() {
        assertThat(DimensionsParser.parse("Cao 40 cm; dài 1,2 m").orElseThrow().heightCm().toString()).isEqualTo("40");
        assertThat(DimensionsParser.parse("Cao 40 cm; dài 1,2 m").orElseThrow().lengthCm().toString()).isEqualTo("120");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Bộ 3 chiếc", "kích thước lớn", " "})
    void findsNothingInTextWithoutMeasures(String text) {
        assertThat(DimensionsParser.parse(text)).isEmpty();
    }
}
