package vn.vhttdl.hub.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

    private static final String IDEMPOTENCY_KEY = "ab".repeat(32);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theHubsKeysComeFirstAndTheMappedMembersFollowAsTheyWereWritten() throws Exception {
        Map<String, Object> mapped = heritageSite();
        byte[] content = json.writeValueAsBytes(mapped);

        byte[] record = RecordJson.withHubKeys(json, "DT-001", IDEMPOTENCY_KEY, mapped, content);

        String text = new String(record, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"sourceKey\":\"DT-001\",\"idempotencyKey\":\"" + IDEMPOTENCY_KEY + "\",\"maDiTich\":")
                .endsWith(new String(content, 1, content.length - 1, StandardCharsets.UTF_8));
        // the same record as the tree the hub used to build (decimals aside: see below)
        ObjectNode tree = json.createObjectNode();
        tree.put("sourceKey", "DT-001");
        tree.put("idempotencyKey", IDEMPOTENCY_KEY);
        tree.setAll((ObjectNode) json.valueToTree(mapped));
        ObjectNode parsed = (ObjectNode) json.readTree(record);
        // compared as text: member order included
        assertThat(parsed.deepCopy().without("viDo").toString()).isEqualTo(tree.without("viDo").toString());
        // a decimal goes with the scale the content hash saw, not with its zeros stripped
        assertThat(text).contains("\"viDo\":21.108000");
        assertThat(parsed.get("viDo").decimalValue()).isEqualByComparingTo("21.108");
    }

    @Test
    void aSourceKeyWithQuotesAndVietnameseIsEscaped() throws Exception {
        Map<String, Object> mapped = Map.of("tenDiTich", "Đình Bảng");
        byte[] record = RecordJson.withHubKeys(json, "Đình \"Bảng\"\\1", IDEMPOTENCY_KEY, mapped, json.writeValueAsBytes(mapped));

        JsonNode parsed = json.readTree(record);
        assertThat(parsed.get("sourceKey").asText()).isEqualTo("Đình \"Bảng\"\\1");
        assertThat(parsed.get("tenDiTich").asText()).isEqualTo("Đình Bảng");
        assertThat(parsed.size()).isEqualTo(3);
    }

    @Test
    void aMappingWithNoMembersGivesTheHubsKeysAlone() throws Exception {
        byte[] record = RecordJson.withHubKeys(json, "k", IDEMPOTENCY_KEY, Map.of(), "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(record, StandardCharsets.UTF_8))
                .isEqualTo("{\"sourceKey\":\"k\",\"idempotencyKey\":\"" + IDEMPOTENCY_KEY + "\"}");

        // a mapper that leaves nulls out writes {} for a map that is not empty
        Map<String, Object> nulls = new LinkedHashMap<>();
        nulls.put("moTa", null);
        byte[] indented = "{ \n}".getBytes(StandardCharsets.UTF_8);
        assertThat(json.readTree(RecordJson.withHubKeys(json, "k", IDEMPOTENCY_KEY, nulls, indented)).size()).isEqualTo(2);
    }

    @Test
    void anIndentingMapperStillGivesValidJson() throws Exception {
        ObjectMapper indenting = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> mapped = heritageSite();
        byte[] record = RecordJson.withHubKeys(indenting, "DT-001", IDEMPOTENCY_KEY, mapped, indenting.writeValueAsBytes(mapped));

        JsonNode parsed = json.readTree(record);
        assertThat(parsed.get("sourceKey").asText()).isEqualTo("DT-001");
        assertThat(parsed.get("moTa").asText()).isEqualTo(mapped.get("moTa"));
    }

    @Test
    void aMappingThatWritesTheHubsOwnMembersIsAProgrammingError() throws Exception {
        Map<String, Object> mapped = Map.of("sourceKey", "x");
        assertThatThrownBy(() -> RecordJson.withHubKeys(json, "k", IDEMPOTENCY_KEY, mapped, json.writeValueAsBytes(mapped)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sourceKey");
    }

    static Map<String, Object> heritageSite() {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("maDiTich", "DT-001");
        site.put("tenDiTich", "Đình Đình Bảng");
        site.put("capXepHang", "QUOC_GIA_DAC_BIET");
        site.put("loaiHinh", "KIEN_TRUC_NGHE_THUAT");
        site.put("soQuyetDinhXepHang", null);
        site.put("maTinh", "24");
        site.put("maXa", "09190");
        site.put("tenXa", "Phường Đình Bảng");
        site.put("viDo", new BigDecimal("21.108000"));
        site.put("moTa", "Ngôi đình thờ Thành hoàng, dựng năm 1700 \"Cổ Pháp\"\n\tgỗ lim");
        site.put("ngayCapNhat", "2025-03-04T10:15:00+07:00");
        return site;
    }
}
