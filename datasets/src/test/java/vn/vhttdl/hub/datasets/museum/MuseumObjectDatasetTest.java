package vn.vhttdl.hub.datasets.museum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.UnsupportedFormatException;
import vn.vhttdl.hub.datasets.testing.DatasetCheck;

@SuppressWarnings("unchecked")
class MuseumObjectDatasetTest {

    private static final String FORMAT = "ministry/museum-object/v1";

    private final MuseumObjectDataset dataset = new MuseumObjectDataset();
    private final DatasetCheck<MuseumObject> check = new DatasetCheck<>(dataset);

    /** Trống đồng Đông Sơn, as the museum software's query returns it. */
    private static Map<String, Object> drum() {
        Map<String, Object> row = new HashMap<>();
        row.put("id", "HV-0001");
        row.put("inventory_number", "BTBN-1998-0012");
        row.put("name", "Trống đồng Đông Sơn");
        row.put("object_class", "Cổ vật");
        row.put("material", "Đồng");
        row.put("material_detail", "Đồng thau đúc");
        row.put("dimensions", "Cao 48 cm; ĐK mặt 62 cm");
        row.put("dating", "Văn hóa Đông Sơn");
        row.put("quantity", 1);
        row.put("custodian", "Bảo tàng tỉnh Bắc Ninh");
        row.put("treasure_decision", null);
        row.put("description", "Mặt trống có ngôi sao 14 cánh.");
        row.put("updated_at", Instant.parse("2024-05-06T01:02:03Z"));
        return row;
    }

    private static Map<String, Object> drumWith(String column, Object value) {
        Map<String, Object> row = drum();
        row.put(column, value);
        return row;
    }

    @Test
    void readsARowKeepingTheInventoryNumberApartFromTheId() {
        DatasetCheck.Outcome<MuseumObject> outcome = check.read(drum());

        MuseumObject object = outcome.record();
        assertThat(outcome.valid()).isTrue();
        assertThat(object.id()).isEqualTo("HV-0001");
        assertThat(object.inventoryNumber()).isEqualTo("BTBN-1998-0012");
        assertThat(object.objectClass()).isEqualTo(ObjectClass.CO_VAT);
        assertThat(object.material()).isEqualTo(Material.KIM_LOAI);
        assertThat(object.dimensions().heightCm()).isEqualByComparingTo("48");
        assertThat(object.dimensions().diameterCm()).isEqualByComparingTo("62");
        assertThat(object.dating()).isEqualTo(new Dating(-699, 100, "-0699/0100"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Di vật              | DI_VAT
            DV                  | DI_VAT
            di vat              | DI_VAT
            Cổ vật              | CO_VAT
            CỔ VẬT              | CO_VAT
            Hiện vật cổ vật     | CO_VAT
            Bảo vật quốc gia    | BAO_VAT_QUOC_GIA
            BVQG                | BAO_VAT_QUOC_GIA
            Là bảo vật QG       | BAO_VAT_QUOC_GIA
            """)
    void readsObjectClassesTolerantly(String text, ObjectClass expected) {
        assertThat(check.read(drumWith("object_class", text)).record().objectClass()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Gốm                        | GOM_SU
            Sành sứ                    | GOM_SU
            Gốm men lam, cốt trắng     | GOM_SU
            Đất nung                   | GOM_SU
            Đồng thau                  | KIM_LOAI
            Sắt (rèn)                  | KIM_LOAI
            Gỗ                         | GO_TRE
            Đá                         | DA
            Giấy dó                    | GIAY
            Lụa                        | VAI_SOI
            Ngà                        | XUONG_SUNG_NGA
            Thuỷ tinh                  | THUY_TINH
            Da thuộc                   | KHAC
            Nhiều chất liệu            | HON_HOP
            """)
    void readsMaterialGroupsFromWhatTheCatalogueWrites(String text, Material expected) {
        assertThat(check.read(drumWith("material", text)).record().material()).isEqualTo(expected);
    }

    @Test
    void refusesAnUnknownClassOrMaterialNamingValueAndField() {
        assertThat(check.read(drumWith("object_class", "Hiện vật mẫu")).report().errors()).containsExactly(new FieldError(
                "objectClass",
                "Giá trị 'Hiện vật mẫu' không hợp lệ cho loại hiện vật (di vật, cổ vật, bảo vật quốc gia) (trường objectClass)",
                "Unknown object class (di vật, cổ vật, bảo vật quốc gia) 'Hiện vật mẫu' (field objectClass)"));
        assertThat(check.read(drumWith("material", "Composite")).report().errors()).extracting(FieldError::messageEn)
                .containsExactly("Unknown material group 'Composite' (field material)");
    }

    @Test
    void refusesADatingItCannotReadNamingTheValue() {
        DatasetCheck.Outcome<MuseumObject> outcome = check.read(drumWith("dating", "xưa lắm rồi"));

        assertThat(outcome.refusedFields()).containsExactly("datingText");
        assertThat(outcome.report().errors().get(0).messageEn()).startsWith("Cannot read dating 'xưa lắm rồi' (field datingText)");
    }

    @Test
    void requiresTheDecisionOfANationalTreasure() {
        Map<String, Object> treasure = drumWith("object_class", "Bảo vật quốc gia");

        assertThat(check.read(treasure).report().errors()).containsExactly(new FieldError("treasureDecision",
                "Bảo vật quốc gia phải có số quyết định công nhận",
                "A national treasure needs its recognition decision number"));
        treasure.put("treasure_decision", "2599/QĐ-TTg");
        assertThat(check.read(treasure).valid()).isTrue();
    }

    @Test
    void keepsTheInventoryNumberAsWrittenButRepairsTheName() {
        Map<String, Object> row = drum();
        row.put("inventory_number", "BT\u200BBN-§01");
        row.put("name", "Trèng ®ång §«ng S¬n");

        DatasetCheck.Outcome<MuseumObject> outcome = check.read(row);

        assertThat(outcome.record().inventoryNumber()).isEqualTo("BT\u200BBN-§01");
        assertThat(outcome.record().name()).isEqualTo("Trống đồng Đông Sơn");
        assertThat(outcome.report().repairedFieldNames()).containsExactly("name");
    }

    @Test
    void countsOnePieceWhenTheSourceGivesNoQuantity() {
        assertThat(check.read(drumWith("quantity", null)).record().quantity()).isEqualTo(1);
        assertThat(check.read(drumWith("quantity", 0)).refusedFields()).containsExactly("quantity");
    }

    @Test
    void mapsToTheMinistryFormatInTheSchemasOrder() {
        MuseumObject object = check.read(drum()).record();

        Map<String, Object> payload = dataset.toFormat(FORMAT, object);

        assertThat(payload.keySet()).containsExactly("maHienVat", "soKiemKe", "tenHienVat", "loaiHienVat", "nhomChatLieu",
                "chatLieu", "kichThuoc", "nienDai", "soLuong", "donViLuuGiu", "soQuyetDinhBaoVat", "moTa", "ngayCapNhat");
        assertThat(payload).containsEntry("soKiemKe", "BTBN-1998-0012").containsEntry("loaiHienVat", "CO_VAT")
                .containsEntry("ngayCapNhat", "2024-05-06T08:02:03+07:00");
        assertThat((Map<String, Object>) payload.get("nienDai")).containsEntry("vanBan", "Văn hóa Đông Sơn")
                .containsEntry("tuNam", -699).containsEntry("denNam", 100).containsEntry("edtf", "-0699/0100");
        assertThat((Map<String, Object>) payload.get("kichThuoc")).containsEntry("caoCm", new BigDecimal("48"));
        assertThat(check.schemaViolations(FORMAT, object)).isEmpty();
    }

    @Test
    void theSchemaRefusesATreasureWithoutDecisionAndAMalformedEdtf() {
        Map<String, Object> payload = new LinkedHashMap<>(dataset.toFormat(FORMAT, check.read(drum()).record()));
        payload.put("loaiHienVat", "BAO_VAT_QUOC_GIA");
        Map<String, Object> dating = new LinkedHashMap<>((Map<String, Object>) payload.get("nienDai"));
        dating.put("edtf", "thế kỷ 18");
        payload.put("nienDai", dating);

        assertThat(DatasetCheck.schemaViolations(FORMAT, "HV-0001", payload)).extracting(v -> v.path())
                .containsExactlyInAnyOrder("nienDai.edtf", "soQuyetDinhBaoVat");
    }

    @Test
    void refusesFormatsItCannotProduce() {
        assertThatThrownBy(() -> dataset.toFormat("ministry/heritage-site/v1", check.read(drum()).record()))
                .isInstanceOf(UnsupportedFormatException.class);
        assertThat(dataset.id()).isEqualTo("museum-object");
        assertThat(dataset.keyOf(check.read(drum()).record())).isEqualTo("HV-0001");
    }
}
