package vn.vhttdl.hub.datasets.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseFoldingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Di tích Quốc gia  ĐB     | di tich quoc gia db
            Kiến trúc - nghệ thuật   | kien truc nghe thuat
            QGĐB                     | qgdb
            '  Cấp   Tỉnh '          | cap tinh
            Ðình                     | dinh
            """)
    void foldsCaseMarksPunctuationAndSpacing(String text, String folded) {
        assertThat(VietnameseFolding.fold(text)).isEqualTo(folded);
    }

    @Test
    void foldsDecomposedTextLikeComposedText() {
        assertThat(VietnameseFolding.fold("Đình Thổ Hà")).isEqualTo(VietnameseFolding.fold("Đi\u0300nh Tho\u0302\u0309 Ha\u0300"));
    }

    @Test
    void foldsNullToEmpty() {
        assertThat(VietnameseFolding.fold(null)).isEmpty();
    }
}
