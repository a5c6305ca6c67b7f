package vn.vhttdl.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCounterTest {

    private static int count(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return RecordCounter.count(bytes, bytes.length);
    }

    @Test
    void countsEveryRecordOfAnEnvelope() {
        String envelope = """
                {"batchId":"b-1","exchange":"heritage-bench","records":[
                  {"sourceKey":"DT1","idempotencyKey":"ab","tenDiTich":"Đình làng Đông Hồ"},
                  {"sourceKey":"DT2","idempotencyKey":"cd"},
                  { "sourceKey" : "DT3" }]}""";

        assertThat(count(envelope)).isEqualTo(3);
    }

    @Test
    void ignoresTheWordInsideTextAndAsAValue() {
        String envelope = "{\"records\":[{\"sourceKey\":\"DT1\",\"moTa\":\"ghi chú {\\\"sourceKey\\\": 1} trong văn bản\","
                + "\"note\":\"sourceKey\",\"list\":[\"sourceKey\"]}]}";

        assertThat(count(envelope)).isEqualTo(1);
    }

    @Test
    void anEmptyBatchHasNoRecords() {
        assertThat(count("{\"batchId\":\"b\",\"records\":[]}")).isZero();
        assertThat(count("")).isZero();
    }

    @Test
    void countsOnlyTheGivenLength() {
        byte[] buffer = "{\"sourceKey\":\"A\"},{\"sourceKey\":\"B\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(RecordCounter.count(buffer, 17)).isEqualTo(1);
    }

    @Test
    void handsTrackedKeysToTheConsumer() {
        byte[] body = "{\"records\":[{\"sourceKey\":\"LAT-000001\"},{\"sourceKey\":\"DT000000002\"},{\"sourceKey\":\"LAT-\\\"q\\\"\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        List<String> tracked = new ArrayList<>();

        int records = RecordCounter.count(body, body.length, "LAT-", tracked::add);

        assertThat(records).isEqualTo(3);
        assertThat(tracked).containsExactly("LAT-000001", "LAT-\"q\"");
    }
}
