package vn.vhttdl.hub.datasets.heritage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vhttdl.hub.datasets.heritage.HeritageRows.vinhNghiem;
import static vn.vhttdl.hub.datasets.heritage.HeritageRows.vinhNghiemWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.RecordValidator;
import vn.vhttdl.hub.datasets.UnsupportedFormatException;
import vn.vhttdl.hub.schemas.SchemaCatalog;
import vn.vhttdl.hub.schemas.SchemaViolation;

class HeritageSiteDatasetTest {

    private static final String FORMAT = "ministry/heritage-site/v1";
    private static final Instant UPDATED = Instant.parse("2025-03-04T03:15:00Z");
    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HeritageSiteDataset dataset = new HeritageSiteDataset();
    private final RecordValidator validator = new RecordValidator();

    private HeritageSite read(Map<String, Object> row, RecordReport report) {
        return dataset.fromRow(row, report);
    }

    @Test
    void readsAValidRow() {
        RecordReport report = new RecordReport();

        HeritageSite site = read(vinhNghiem(), report);

        assertThat(site).isEqualTo(new HeritageSite("DT-0001", "Chùa Vĩnh Nghiêm", RankingLevel.QUOC_GIA_DAC_BIET,
                HeritageType.KIEN_TRUC_NGHE_THUAT, "2383/QĐ-TTg", "07682", "Phường Tân An", "24",
                "Thôn Quỳnh, phường Tân An", new BigDecimal("21.231500"), new BigDecimal("106.284100"),
                "Trung tâm Phật giáo Trúc Lâm thời Trần; lưu giữ mộc bản kinh Phật.", UPDATED));
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.repairedFields()).isZero();
        assertThat(validator.validate(site)).isEmpty();
    }

    static Stream<Arguments> updatedAtValues() {
        return Stream.of(
                Arguments.of(UPDATED),
                Arguments.of(OffsetDateTime.parse("2025-03-04T10:15:00+07:00")),
                Arguments.of(ZonedDateTime.parse("2025-03-04T10:15:00+07:00[Asia/Ho_Chi_Minh]")),
                Arguments.of(LocalDateTime.parse("2025-03-04T03:15:00")),
                Arguments.of(Timestamp.valueOf(LocalDateTime.parse("2025-03-04T03:15:00"))),
                Arguments.of("2025-03-04T10:15:00+07:00"),
                Arguments.of("2025-03-04T03:15:00Z"),
                Arguments.of("2025-03-04T03:15:00"),
                Arguments.of("2025-03-04 03:15:00"),
                Arguments.of("2025-03-04 03:15:00.000"));
    }

    @ParameterizedTest
    @MethodSource("updatedAtValues")
    void readsEveryKindOfTimeAsTheSameInstantWithZonelessValuesInUtc(Object value) {
        RecordReport report = new RecordReport();

        HeritageSite site = read(vinhNghiemWith("updated_at", value), report);

        assertThat(site.updatedAt()).isEqualTo(UPDATED);
        assertThat(report.errors()).isEmpty();
    }

    static Stream<Arguments> coordinateValues() {
        return Stream.of(
                Arguments.of(new BigDecimal("21.2315"), "21.2315"),
                Arguments.of(21.2315d, "21.2315"),
                Arguments.of(21.25f, "21.25"),
                Arguments.of(21, "21"),
                Arguments.of(21L, "21"),
                Arguments.of("21.2315", "21.2315"),
                Arguments.of(" 21,2315 ", "21.2315"));
    }

    @ParameterizedTest
    @MethodSource("coordinateValues")
    void readsCoordinatesFromNumbersAndText(Object value, String expected) {
        RecordReport report = new RecordReport();

        HeritageSite site = read(vinhNghiemWith("latitude", value), report);

        assertThat(site.latitude()).isEqualByComparingTo(expected);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void padsANumericCommuneCodeButKeepsTextVerbatim() {
        assertThat(read(vinhNghiemWith("commune_code", 7682), new RecordReport()).communeCode()).isEqualTo("07682");
        assertThat(read(vinhNghiemWith("commune_code", new BigDecimal("7682")), new RecordReport()).communeCode())
                .isEqualTo("07682");
        assertThat(read(vinhNghiemWith("commune_code", "7696"), new RecordReport()).communeCode()).isEqualTo("7696");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            07693 | Xã Tân An          | 07682 | Phường Tân An
            07201 | Phường Thọ Xương   | 07210 | Phường Bắc Giang
            09208 | Xã Tam Đa          | 09208 | Xã Tam Đa
            07441 | Phường Dĩnh Trì    | 07210 | Phường Bắc Giang
            """)
    void translatesACommuneCodeLeftFromBefore2025(String oldCode, String oldName, String newCode, String newName) {
        RecordReport report = new RecordReport();
        Map<String, Object> row = vinhNghiem();
        row.put("commune_code", oldCode);
        row.put("commune_name", oldName);

        HeritageSite site = read(row, report);

        assertThat(site.communeCode()).isEqualTo(newCode);
        assertThat(site.communeName()).isEqualTo(newName);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void refusesAnOldCodeItCannotPlaceOnTheCommuneCode() {
        RecordReport unknown = new RecordReport();
        RecordReport split = new RecordReport();

        read(vinhNghiemWith("commune_code", "99999"), unknown);
        Map<String, Object> hanoi = vinhNghiemWith("commune_code", "00007");
        hanoi.put("province_code", "01");
        read(hanoi, split);

        assertThat(unknown.errors()).extracting(FieldError::field).containsExactly("communeCode");
        assertThat(unknown.errors().get(0).messageEn()).contains("'99999' is neither in the list of communes");
        assertThat(split.errors()).extracting(FieldError::field).containsExactly("communeCode");
        assertThat(split.errors().get(0).messageVi()).startsWith("Xã cũ Phường Cống Vị (00007) đã bị chia");
    }

    @Test
    void matchesColumnNamesWhateverTheirCase() {
        Map<String, Object> upper = new HashMap<>();
        vinhNghiem().forEach((column, value) -> upper.put(column.toUpperCase(Locale.ROOT), value));

        assertThat(read(upper, new RecordReport())).isEqualTo(read(vinhNghiem(), new RecordReport()));
    }

    @Test
    void takesTheProvinceFromTheRowOrElseFromConfiguration() {
        assertThat(read(vinhNghiem(), new RecordReport()).provinceCode()).isEqualTo("24");
        assertThat(read(vinhNghiemWith("province_code", "01"), new RecordReport()).provinceCode()).isEqualTo("01");
        assertThat(read(vinhNghiemWith("province_code", 1), new RecordReport()).provinceCode()).isEqualTo("01");
        assertThat(new HeritageSiteDataset("04").fromRow(vinhNghiem(), new RecordReport()).provinceCode()).isEqualTo("04");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Quốc gia đặc biệt      | QUOC_GIA_DAC_BIET
            QG đặc biệt            | QUOC_GIA_DAC_BIET
            Di tích quốc gia ĐB    | QUOC_GIA_DAC_BIET
            QGĐB                   | QUOC_GIA_DAC_BIET
            qgdb                   | QUOC_GIA_DAC_BIET
            Cấp Quốc gia đặc biệt  | QUOC_GIA_DAC_BIET
            Quốc gia               | QUOC_GIA
            QG                     | QUOC_GIA
            Di tích cấp quốc gia   | QUOC_GIA
            '  quoc   GIA '        | QUOC_GIA
            Cấp tỉnh               | CAP_TINH
            Tỉnh                   | CAP_TINH
            Di tích cấp tỉnh       | CAP_TINH
            cấp Tỉnh, thành phố    | CAP_TINH
            Chưa xếp hạng          | CHUA_XEP_HANG
            ''                     | CHUA_XEP_HANG
            '   '                  | CHUA_XEP_HANG
            NULL                   | CHUA_XEP_HANG
            """)
    void readsRankingLevelsTolerantly(String source, RankingLevel expected) {
        RecordReport report = new RecordReport();

        HeritageSite site = read(vinhNghiemWith("ranking_level", source), report);

        assertThat(site.rankingLevel()).isEqualTo(expected);
        assertThat(report.errors()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Lịch sử                    | LICH_SU
            Di tích lịch sử            | LICH_SU
            Lịch sử - Văn hóa          | LICH_SU
            LỊCH SỬ                    | LICH_SU
            Kiến trúc nghệ thuật       | KIEN_TRUC_NGHE_THUAT
            Kiến trúc - nghệ thuật     | KIEN_TRUC_NGHE_THUAT
            Di tích kiến trúc nghệ thuật | KIEN_TRUC_NGHE_THUAT
            KTNT                       | KIEN_TRUC_NGHE_THUAT
            Khảo cổ                    | KHAO_CO
            Di chỉ khảo cổ học         | KHAO_CO
            Danh lam thắng cảnh        | DANH_LAM_THANG_CANH
            Danh thắng                 | DANH_LAM_THANG_CANH
            danh   lam  thang canh     | DANH_LAM_THANG_CANH
            """)
    void readsHeritageTypesTolerantly(String source, HeritageType expected) {
        RecordReport report = new RecordReport();

        HeritageSite site = read(vinhNghiemWith("heritage_type", source), report);

        assertThat(site.heritageType()).isEqualTo(expected);
        assertThat(report.errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cấp huyện", "Quốc tế", "QGX"})
    void refusesAnUnknownRankingNamingTheValueAndTheField(String unknown) {
        RecordReport report = new RecordReport();

        HeritageSite site = read(vinhNghiemWith("ranking_level", unknown), report);

        assertThat(site.rankingLevel()).isNull();
        assertThat(report.errors()).containsExactly(new FieldError("rankingLevel",
                "Giá trị '" + unknown + "' không hợp lệ cho cấp xếp hạng", "Unknown ranking level '" + unknown + "'"));
        validator.validateInto(site, report);
        assertThat(report.errors()).as("reported once, not again as missing").hasSize(1);
    }

    @Test
    void refusesAnUnknownTypeNamingTheValueAndTheField() {
        RecordReport report = new RecordReport();

        HeritageSite site = read(vinhNghiemWith("heritage_type", "Tín ngưỡng dân gian"), report);

        assertThat(site.heritageType()).isNull();
        assertThat(report.errors()).containsExactly(new FieldError("heritageType",
                "Giá trị 'Tín ngưỡng dân gian' không hợp lệ cho loại hình di tích",
                "Unknown heritage type 'Tín ngưỡng dân gian'"));
    }

    @Test
    void leavesAMissingTypeToValidation() {
        RecordReport report = new RecordReport();

        HeritageSite site = read(vinhNghiemWith("heritage_type", null), report);
        validator.validateInto(site, report);

        assertThat(report.errors()).extracting(FieldError::field).containsExactly("heritageType");
        assertThat(report.errors().get(0).messageEn()).startsWith("Heritage type is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2103/QĐ-BVHTTDL", "15/2003/QĐ-BVHTT", "1543 QĐ/VH", "548/QĐ-TTg", "313-VH/QĐ",
        "Số 104/1998/QĐ-UB ngày 19/12/1998", "QĐ số 630/QĐ-CT"})
    void keepsTheRankingDecisionVerbatim(String decision) {
        HeritageSite site = read(vinhNghiemWith("ranking_decision", decision), new RecordReport());

        assertThat(site.rankingDecision()).isEqualTo(decision);
        assertThat(dataset.toFormat(FORMAT, site)).containsEntry("soQuyetDinhXepHang", decision);
    }

    @Test
    void repairsAndCountsARowHeldInTcvn3() {
        Map<String, Object> row = vinhNghiem();
        row.put("name", "§×nh Thæ Hµ");
        row.put("ranking_level", "Quèc gia ®Æc biÖt");
        row.put("heritage_type", "KiÕn tróc nghÖ thuËt");
        row.put("ranking_decision", "2103/Q§-BVHTTDL");
        row.put("commune_name", "Ph\u00adêng V©n Hµ");
        row.put("address", "Th«n Thæ Hµ");
        row.put("description", "§×nh ®\u00adîc x©y dùng n¨m 1686.");
        RecordReport report = new RecordReport();

        HeritageSite site = read(row, report);

        assertThat(site.name()).isEqualTo("Đình Thổ Hà");
        assertThat(site.rankingLevel()).isEqualTo(RankingLevel.QUOC_GIA_DAC_BIET);
        assertThat(site.heritageType()).isEqualTo(HeritageType.KIEN_TRUC_NGHE_THUAT);
        // too short to prove TCVN3 on its own: decoded because the rest of the row is TCVN3
        assertThat(site.rankingDecision()).isEqualTo("2103/QĐ-BVHTTDL");
        assertThat(site.communeName()).isEqualTo("Phường Vân Hà");
        assertThat(site.address()).isEqualTo("Thôn Thổ Hà");
        assertThat(site.description()).isEqualTo("Đình được xây dựng năm 1686.");
        assertThat(report.repairedFields()).isEqualTo(7);
        assertThat(report.repairedFieldNames()).containsExactlyInAnyOrder("name", "rankingLevel", "heritageType",
                "rankingDecision", "communeName", "address", "description");
        assertThat(report.errors()).isEmpty();
        assertThat(validator.validate(site)).isEmpty();
    }

    @Test
    void composesDecomposedTextAndCountsIt() {
        RecordReport report = new RecordReport();

        HeritageSite site = read(vinhNghiemWith("name", Normalizer.normalize("Chùa Vĩnh Nghiêm",
                Normalizer.Form.NFD)), report);

        assertThat(site.name()).isEqualTo("Chùa Vĩnh Nghiêm");
        assertThat(report.repairedFieldNames()).containsExactly("name");
    }

    @Test
    void neverThrowsForBadDataButReportsIt() {
        Map<String, Object> row = new HashMap<>();
        row.put("id", 17);
        row.put("latitude", "north");
        row.put("longitude", Boolean.TRUE);
        row.put("updated_at", "yesterday");
        row.put("ranking_level", 3);
        RecordReport report = new RecordReport();

        HeritageSite site = read(row, report);
        validator.validateInto(site, report);

        assertThat(site.id()).isEqualTo("17");
        assertThat(report.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "latitude", "longitude", "updatedAt", "rankingLevel", "name", "heritageType", "communeCode",
                "communeName");
        assertThat(report.errors()).filteredOn(error -> error.field().equals("latitude"))
                .extracting(FieldError::messageEn).containsExactly("Value 'north' of field latitude is not a number");
    }

    @Test
    void mapsToTheMinistryFormatInTheSchemasOrder() {
        HeritageSite site = read(vinhNghiem(), new RecordReport());

        Map<String, Object> payload = dataset.toFormat(FORMAT, site);

        assertThat(payload.keySet()).containsExactly("maDiTich", "tenDiTich", "capXepHang", "loaiHinh",
                "soQuyetDinhXepHang", "maTinh", "maXa", "tenXa", "diaChi", "viDo", "kinhDo", "moTa", "ngayCapNhat");
        assertThat(payload).containsEntry("maDiTich", "DT-0001")
                .containsEntry("capXepHang", "QUOC_GIA_DAC_BIET")
                .containsEntry("loaiHinh", "KIEN_TRUC_NGHE_THUAT")
                .containsEntry("maTinh", "24")
                .containsEntry("maXa", "07682")
                .containsEntry("viDo", new BigDecimal("21.231500"))
                .containsEntry("ngayCapNhat", "2025-03-04T10:15:00+07:00");
    }

    @Test
    void keepsNullsAsNullValuesAndSendsSecondsInVietnamTime() {
        Map<String, Object> row = vinhNghiem();
        row.put("ranking_decision", null);
        row.put("address", "  ");
        row.put("latitude", null);
        row.put("longitude", null);
        row.put("description", null);
        row.put("updated_at", OffsetDateTime.of(2019, 12, 31, 20, 30, 15, 987_000_000, ZoneOffset.UTC));
        HeritageSite site = read(row, new RecordReport());

        Map<String, Object> payload = dataset.toFormat(FORMAT, site);

        assertThat(payload).containsEntry("soQuyetDinhXepHang", null).containsEntry("diaChi", null)
                .containsEntry("viDo", null).containsEntry("kinhDo", null).containsEntry("moTa", null)
                .containsEntry("ngayCapNhat", "2020-01-01T03:30:15+07:00");
        assertThat(schemaViolations(payload)).isEmpty();
    }

    @Test
    void producesRecordsTheMinistrySchemaAccepts() {
        for (Map<String, Object> row : List.of(vinhNghiem(), vinhNghiemWith("ranking_level", null),
                vinhNghiemWith("heritage_type", "Danh thắng"))) {
            HeritageSite site = read(row, new RecordReport());
            assertThat(validator.validate(site)).isEmpty();

            assertThat(schemaViolations(dataset.toFormat(FORMAT, site))).isEmpty();
        }
    }

    @Test
    void theSchemaCheckCanFail() {
        Map<String, Object> payload = new LinkedHashMap<>(dataset.toFormat(FORMAT, read(vinhNghiem(), new RecordReport())));
        payload.put("maXa", "7682");

        assertThat(schemaViolations(payload)).extracting(violation -> violation.path()).containsExactly("maXa");
    }

    @Test
    void refusesFormatsItCannotProduce() {
        HeritageSite site = read(vinhNghiem(), new RecordReport());

        assertThat(dataset.supportsFormat(FORMAT)).isTrue();
        assertThat(dataset.supportsFormat("provincial/heritage-site/v1")).isFalse();
        assertThatThrownBy(() -> dataset.toFormat("provincial/heritage-site/v1", site))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("provincial/heritage-site/v1");
    }

    @Test
    void describesItself() {
        assertThat(dataset.id()).isEqualTo("heritage-site");
        assertThat(dataset.recordType()).isEqualTo(HeritageSite.class);
        assertThat(dataset.keyOf(read(vinhNghiem(), new RecordReport()))).isEqualTo("DT-0001");
    }

    /** Validates as the hub sends it: with sourceKey and an idempotency key added. */
    static List<SchemaViolation> schemaViolations(Map<String, Object> payload) {
        ObjectNode document = JSON.valueToTree(payload);
        document.put("sourceKey", String.valueOf(payload.get("maDiTich")));
        document.put("idempotencyKey", "0123456789abcdef".repeat(4));
        return SCHEMAS.validate(FORMAT, document);
    }
}
