package vn.vhttdl.hub.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class SchemaCatalogTest {

    private final ObjectMapper json = new ObjectMapper();
    private final SchemaCatalog catalog = new SchemaCatalog();

    private ObjectNode validSite() throws Exception {
        return (ObjectNode) json.readTree("""
                {"sourceKey":"DT-001","idempotencyKey":"%s","maDiTich":"DT-001",
                 "tenDiTich":"Chùa Vĩnh Nghiêm","capXepHang":"QUOC_GIA_DAC_BIET","loaiHinh":"KIEN_TRUC_NGHE_THUAT",
                 "soQuyetDinhXepHang":"2383/QĐ-TTg","maTinh":"24","maXa":"07696","tenXa":"Xã Tân An",
                 "diaChi":"Thôn Quất Du","viDo":21.276,"kinhDo":106.239,"moTa":null,
                 "ngayCapNhat":"2025-03-04T10:15:00+07:00"}
                """.formatted("a".repeat(64)));
    }

    @Test
    void acceptsAConformingHeritageSite() throws Exception {
        assertThat(catalog.validate("ministry/heritage-site/v1", validSite())).isEmpty();
    }

    @Test
    void namesTheFieldThatBreaksTheSchema() throws Exception {
        ObjectNode site = validSite();
        site.put("maXa", "7696");
        site.remove("tenDiTich");
        site.put("ngayCapNhat", "04/03/2025");
        site.put("tenKhac", "Chùa Đức La");

        assertThat(catalog.validate("ministry/heritage-site/v1", site))
                .extracting(SchemaViolation::path, SchemaViolation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("maXa", "pattern"),
                        org.assertj.core.groups.Tuple.tuple("ngayCapNhat", "format"),
                        org.assertj.core.groups.Tuple.tuple("tenDiTich", "required"),
                        org.assertj.core.groups.Tuple.tuple("tenKhac", "additionalProperties"));
    }

    @Test
    void refusesAFormatThatDoesNotShip() {
        assertThat(catalog.exists("ministry/heritage-site/v1")).isTrue();
        assertThat(catalog.exists("ministry/heritage-site/v9")).isFalse();
        assertThat(catalog.exists("../../etc/passwd")).isFalse();
        assertThatThrownBy(() -> catalog.validate("ministry/unknown/v1", json.createObjectNode()))
                .isInstanceOf(UnknownSchemaException.class)
                .hasMessageContaining("ministry/unknown/v1");
    }
}
