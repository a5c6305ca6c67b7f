package vn.vhttdl.hub.connectors.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DvcqgErrorCodeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} → code ''{1}'', success {2}, exists {3}")
    @CsvSource(delimiter = '|', value = {
            "{\"error_code\":\"00\"}|00|true|false",
            "{\"error_code\":\"0\"}|0|true|false",
            "{\"error_code\":0}|0|true|false",
            "{\"error_code\":\" 00 \"}|00|true|false",
            "{\"error_code\":\"3\",\"message\":\"Hồ sơ đã tồn tại\"}|3|false|true",
            "{\"error_code\":-3}|-3|false|true",
            "{\"error_code\":\"-3\"}|-3|false|true",
            "{\"error_code\":\"1\",\"message\":\"Cập nhật thành công\"}|1|false|false",
            "{\"message\":\"thành công\"}||false|false",
            "{\"error_code\":null}||false|false",
            "{\"error_code\":[0]}||false|false"})
    void decidesByTheCodeAloneNeverByTheMessage(String answer, String code, boolean success, boolean exists) throws Exception {
        String read = DvcqgErrorCode.of(JSON.readTree(answer));

        assertThat(read).isEqualTo(code == null ? "" : code);
        assertThat(DvcqgErrorCode.isSuccess(read)).isEqualTo(success);
        assertThat(DvcqgErrorCode.isAlreadyExists(read)).isEqualTo(exists);
    }
}
