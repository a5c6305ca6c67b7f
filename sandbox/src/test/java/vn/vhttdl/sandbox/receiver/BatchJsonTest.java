package vn.vhttdl.sandbox.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BatchJsonTest {

    private final BatchJson json = new BatchJson(1_000, 8, 100);

    @Test
    void parsesOneDocumentKeepingDecimalsAsSent() throws Exception {
        assertThat(json.parse(bytes("{\"viDo\": 21.2760}")).get("viDo").decimalValue())
                .isEqualByComparingTo("21.276");
    }

    @Test
    void refusesMoreBytesThanTheLimit() throws Exception {
        assertThat(json.read(new ByteArrayInputStream(new byte[1_000]))).hasSize(1_000);
        assertThatThrownBy(() -> json.read(new ByteArrayInputStream(new byte[1_001])))
                .isInstanceOf(BatchTooLargeException.class);
    }

    @Test
    void refusesWhatAParserShouldNotTrust() {
        assertThatThrownBy(() -> json.parse(bytes("[".repeat(9) + "]".repeat(9))))
                .isInstanceOf(MalformedBatchException.class).hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> json.parse(bytes("{\"maXa\":\"07696\",\"maXa\":\"123\"}")))
                .isInstanceOf(MalformedBatchException.class).hasMessageContaining("Duplicate field 'maXa'");
        assertThatThrownBy(() -> json.parse(bytes("{\"moTa\":\"" + "x".repeat(101) + "\"}")))
                .isInstanceOf(MalformedBatchException.class).hasMessageContaining("String value length");
        assertThatThrownBy(() -> json.parse(bytes("{} {}")))
                .isInstanceOf(MalformedBatchException.class).hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> json.parse(bytes("{\"a\":")))
                .isInstanceOf(MalformedBatchException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> json.parse(new byte[0]))
                .isInstanceOf(MalformedBatchException.class).hasMessageContaining("empty");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
