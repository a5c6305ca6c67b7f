package vn.vhttdl.hub.datasets.tthc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The code lists are data in the schemas module, named again by the enums here and by the enums
 * of the JSON Schemas: all three must say the same, or the hub would send a code the portal's
 * schema refuses, or refuse one it accepts.
 */
class DvcqgCodeListsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of(DvcqgCodeList.TRANG_THAI_HO_SO, DossierStatus.class, "TrangThaiHoSo",
                        List.of("/properties/TrangThaiHoSo/$ref")),
                Arguments.of(DvcqgCodeList.KENH_THUC_HIEN, SubmissionChannel.class, "KenhThucHien",
                        List.of("/properties/KenhThucHien")),
                Arguments.of(DvcqgCodeList.LOAI_DOI_TUONG, ApplicantType.class, "LoaiDoiTuong",
                        List.of("/properties/LoaiDoiTuong")),
                Arguments.of(DvcqgCodeList.LOAI_DINH_DANH, IdentifierType.class, "LoaiDinhDanh",
                        List.of("/$defs/dinhDanh/properties/LoaiDinhDanh")),
                Arguments.of(DvcqgCodeList.HINH_THUC_THU, FeeCollectionStage.class, "HinhThucThu",
                        List.of("/$defs/lePhi/properties/HinhThucThu")));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("lists")
    <E extends Enum<E> & DvcqgCode> void theEnumTheFileAndTheSchemaHoldTheSameCodes(String file, Class<E> type, String name,
            List<String> schemaPointers) throws IOException {
        DvcqgCodeList list = DvcqgCodeList.named(file);
        List<String> fileCodes = list.entries().stream().map(CodeListEntry::code).toList();
        List<String> enumCodes = Arrays.stream(type.getEnumConstants()).map(DvcqgCode::code).toList();

        assertThat(list.name()).isEqualTo(name);
        assertThat(enumCodes).containsExactlyElementsOf(fileCodes);
        JsonNode schema = schema("dong-bo-ho-so");
        for (String pointer : schemaPointers) {
            JsonNode property = schema.at(pointer);
            JsonNode enumNode = property.isTextual() ? schema.at(property.asText().substring(1) + "/enum") : property.at("/enum");
            assertThat(texts(enumNode)).as(pointer).containsExactlyElementsOf(fileCodes);
        }
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("lists")
    void everyCodeHasBothLabelsAndAConfidence(String file, Class<?> type, String name, List<String> pointers) {
        assertThat(DvcqgCodeList.named(file).entries()).allSatisfy(entry -> {
            assertThat(entry.labelVi()).isNotBlank();
            assertThat(entry.labelEn()).isNotBlank();
            assertThat(entry.confidence()).isIn("H", "M", "G");
        });
    }

    @Test
    void theProgressSchemaKnowsTheSameStatuses() throws IOException {
        List<String> statuses = DvcqgCodeList.named(DvcqgCodeList.TRANG_THAI_HO_SO).entries().stream()
                .map(CodeListEntry::code).toList();

        assertThat(texts(schema("cap-nhat-tien-do").at("/properties/TrangThai/enum"))).containsExactlyElementsOf(statuses);
    }

    @Test
    void refusesACodeListThatDoesNotShip() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DvcqgCodeList.named("khong-co"))
                .isInstanceOf(CodeListUnavailableException.class)
                .hasMessageContaining("/codelists/dvcqg/khong-co.json");
    }

    private static JsonNode schema(String service) throws IOException {
        try (InputStream in = DvcqgCodeListsTest.class.getResourceAsStream("/schemas/dvcqg/" + service + "/v1.schema.json")) {
            return JSON.readTree(in);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
