package vn.vhttdl.hub.connectors.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LgspErrorCodeCheckTest {

    private final LgspErrorCodeCheck check = new LgspErrorCodeCheck(Set.of("99"));
    private final HttpErrorClassifier classifier = new HttpErrorClassifier();

    @ParameterizedTest
    @ValueSource(strings = {"{\"error_code\":\"0\",\"receiptId\":\"r-1\"}", "{\"error_code\":0}", "{\"error_code\":\" 0 \"}"})
    void errorCodeZeroIsSuccessAsTextOrNumber(String body) {
        assertThatCode(() -> check.check(body)).doesNotThrowAnyException();
    }

    @Test
    void anotherCodeIsAPermanentRefusalNamingCodeAndMessage() {
        BusinessRefusalException refusal = catchThrowableOfType(BusinessRefusalException.class,
                () -> check.check("{\"error_code\":\"13\",\"message\":\"TRAN_CODE không tồn tại\"}"));
        assertThat(refusal.errorCode()).isEqualTo("13");
        assertThat(refusal.retriable()).isFalse();
        assertThat(refusal.getMessage()).contains("error_code 13").contains("TRAN_CODE không tồn tại").contains(" / ");
        assertThat(classifier.isRetriable(refusal, 0)).isFalse();
        assertThat(classifier.describe(new RuntimeException("wrapped", refusal))).contains("error_code 13");
    }

    @Test
    void aCodeConfiguredAsBusyIsRetried() {
        BusinessRefusalException busy = catchThrowableOfType(BusinessRefusalException.class,
                () -> check.check("{\"error_code\":99,\"message\":\"Hệ thống bận\"}"));
        assertThat(busy.retriable()).isTrue();
        assertThat(classifier.isRetriable(busy, 0)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html>OK</html>", "{\"receiptId\":\"r-1\"}", "[\"error_code\"]", "{\"error_code\":null}"})
    void aTwoHundredWithoutAVerdictIsNotCountedAsDelivered(String body) {
        BusinessRefusalException refusal = catchThrowableOfType(BusinessRefusalException.class, () -> check.check(body));
        assertThat(refusal.errorCode()).isEqualTo("(none)");
        assertThat(refusal.retriable()).isFalse();
    }

    @Test
    void hostilelyDeepJsonIsNotParsedAsAVerdict() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(catchThrowableOfType(BusinessRefusalException.class, () -> check.check(deep)).errorCode())
                .isEqualTo("(none)");
    }
}
