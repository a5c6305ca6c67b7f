package vn.vhttdl.hub.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.RecordValidator;
import vn.vhttdl.hub.datasets.heritage.HeritageSiteDataset;
import vn.vhttdl.hub.exchange.ExchangeDefinition;
import vn.vhttdl.hub.exchange.ExchangeDefinition.Source;
import vn.vhttdl.hub.exchange.ExchangeDefinition.Target;
import vn.vhttdl.hub.schemas.SchemaCatalog;

class RecordPipelineTest {

    private static final ExchangeDefinition EXCHANGE = new ExchangeDefinition("heritage-sites", "Di tích", "heritage-site",
            true, new Source("jdbc", "heritage", "SELECT 1", null, "updated_at", "id", 0),
            new Target("ministry", "/di-tich", "ministry/heritage-site/v1", 500, null), null, null, null);

    private final RecordPipeline<?> pipeline = new RecordPipeline<>(EXCHANGE, new HeritageSiteDataset(),
            new RecordValidator(), new SchemaCatalog(), new ObjectMapper());

    @Test
    void aValidSiteGoesOutAsTheBytesAndKeysReceiversHaveAlwaysSeen() {
        RecordOutcome outcome = pipeline.process(site());

        assertThat(outcome).isInstanceOf(RecordOutcome.Valid.class);
        RecordOutcome.Valid valid = (RecordOutcome.Valid) outcome;
        assertThat(valid.key()).isEqualTo("DT000000042");
        // a decimal keeps the scale of its source column, and the hub's members come first
        assertThat(new String(valid.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"sourceKey\":\"DT000000042\","
                + "\"idempotencyKey\":\"" + valid.idempotencyKey() + "\",\"maDiTich\":\"DT000000042\","
                + "\"tenDiTich\":\"Đình làng Đình Bảng\",\"capXepHang\":\"QUOC_GIA_DAC_BIET\","
                + "\"loaiHinh\":\"KIEN_TRUC_NGHE_THUAT\",\"soQuyetDinhXepHang\":\"2383/QĐ-TTg\",\"maTinh\":\"24\","
                + "\"maXa\":\"07210\",\"tenXa\":\"Phường Bắc Giang\",\"diaChi\":\"Thôn \\\"Cổ Pháp\\\", Phường Bắc Giang\","
                + "\"viDo\":21.108000,\"kinhDo\":106.000100,\"moTa\":null,\"ngayCapNhat\":\"2025-03-04T10:15:00+07:00\"}");
        // SHA-256 of the mapped members alone, and of "heritage-sites␟DT000000042␟<hash>" (worked out outside
        // the hub): the keys a receiver drops repeats by, so a hub that wrote the same record differently would resend all
        assertThat(valid.contentHash()).isEqualTo("80cf88e714ed1b0e1ac520e02db1ebebb7effde51cdebd3c54b588381f66c3b8");
        assertThat(valid.idempotencyKey()).isEqualTo("63695f2342bc2cd2aabf40053729d638d6af5620182e6bbef460180ccf5fcac3");
    }

    @Test
    void aSiteThatPassesBeanValidationButBreaksTheSchemaGetsAllItsViolations() {
        Map<String, Object> row = site();
        // one Nôm character: two UTF-16 units for @Size, one character for the schema's minLength
        row.put("name", "\uD84C\uDFB4");
        row.put("commune_name", "\uD84C\uDFB4");

        RecordOutcome outcome = pipeline.process(row);

        assertThat(outcome).isInstanceOf(RecordOutcome.Invalid.class);
        assertThat(((RecordOutcome.Invalid) outcome).errors()).containsExactly(
                new FieldError("tenDiTich", "Không đúng lược đồ đích (minLength)",
                        "Breaks the target schema: /tenDiTich: must be at least 2 characters long"),
                new FieldError("tenXa", "Không đúng lược đồ đích (minLength)",
                        "Breaks the target schema: /tenXa: must be at least 2 characters long"));
    }

    private static Map<String, Object> site() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", "DT000000042");
        row.put("name", "Đình làng Đình Bảng");
        row.put("ranking_level", "Quốc gia đặc biệt");
        row.put("heritage_type", "Kiến trúc nghệ thuật");
        row.put("ranking_decision", "2383/QĐ-TTg");
        row.put("commune_code", "07210");
        row.put("commune_name", "Phường Bắc Giang");
        row.put("address", "Thôn \"Cổ Pháp\", Phường Bắc Giang");
        row.put("latitude", new BigDecimal("21.108000"));
        row.put("longitude", new BigDecimal("106.000100"));
        row.put("description", null);
        row.put("updated_at", Instant.parse("2025-03-04T03:15:00Z"));
        return row;
    }
}
