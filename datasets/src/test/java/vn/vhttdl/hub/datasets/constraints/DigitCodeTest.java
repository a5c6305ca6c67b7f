package vn.vhttdl.hub.datasets.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.RecordValidator;

class DigitCodeTest {

    private static final RecordValidator VALIDATOR = new RecordValidator();

    /** Just the constraint, as the records declare it. */
    private record Place(@DigitCode(value = 5, message = "{vn.vhttdl.hub.location.communeCode.pattern}") String communeCode) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"07210", "00000", "99999"})
    void acceptsFiveAsciiDigits(String code) {
        assertThat(VALIDATOR.validate(new Place(code))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7210", "072100", "0721a", " 7210", "07210 ", "07-10", "٠٧٢١٠", "０７２１０", "0721\u0000"})
    void refusesWhatTheRegularExpressionRefusedWithItsMessages(String code) {
        List<FieldError> errors = VALIDATOR.validate(new Place(code));

        assertThat(errors).containsExactly(new FieldError("communeCode",
                "Mã xã phải gồm đúng 5 chữ số (Quyết định 19/2025/QĐ-TTg)",
                "Commune code must be exactly 5 digits (Decision 19/2025/QĐ-TTg)"));
    }

    @Test
    void leavesAMissingCodeToNotNull() {
        assertThat(VALIDATOR.validate(new Place(null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"07210", "7210", "072100", "0721a", "٠٧٢١٠", "", "12", "1٢"})
    void agreesWithThePatternItReplaces(String text) {
        assertThat(DigitCodeValidator.isDigitCode(text, 5)).isEqualTo(text.matches("[0-9]{5}"));
        assertThat(DigitCodeValidator.isDigitCode(text, 2)).isEqualTo(text.matches("[0-9]{2}"));
    }
}
