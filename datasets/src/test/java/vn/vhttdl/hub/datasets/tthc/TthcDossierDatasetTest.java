package vn.vhttdl.hub.datasets.tthc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.vhttdl.hub.datasets.tthc.TthcRows.CCCD;
import static vn.vhttdl.hub.datasets.tthc.TthcRows.EMAIL;
import static vn.vhttdl.hub.datasets.tthc.TthcRows.PHONE;
import static vn.vhttdl.hub.datasets.tthc.TthcRows.tourGuideCard;
import static vn.vhttdl.hub.datasets.tthc.TthcRows.tourGuideCardWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.RecordValidator;
import vn.vhttdl.hub.datasets.UnsupportedFormatException;
import vn.vhttdl.hub.schemas.SchemaCatalog;
import vn.vhttdl.hub.schemas.SchemaViolation;

class TthcDossierDatasetTest {

    private static final String FORMAT = "dvcqg/dong-bo-ho-so/v1";
    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TthcDossierDataset dataset = new TthcDossierDataset();
    private final RecordValidator validator = new RecordValidator();

    /** What the hub does to a row before it maps it: read, then validate what was read. */
    private RecordReport check(Map<String, Object> row) {
        RecordReport report = new RecordReport();
        TthcDossier dossier = dataset.fromRow(row, report);
        validator.validateInto(dossier, report);
        return report;
    }

    @Test
    void readsAValidDossier() {
        RecordReport report = new RecordReport();

        TthcDossier dossier = dataset.fromRow(tourGuideCard(), report);

        assertThat(report.errors()).isEmpty();
        assertThat(validator.validate(dossier)).isEmpty();
        assertThat(dataset.keyOf(dossier)).isEqualTo("000.07.24.H05-250902-00017");
        assertThat(dossier.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(dossier.channel()).isEqualTo(SubmissionChannel.ONLINE);
        assertThat(dossier.applicantType()).isEqualTo(ApplicantType.CITIZEN);
        assertThat(dossier.phone()).isEqualTo(PHONE);
        assertThat(dossier.dueAt()).isEqualTo(Instant.parse("2025-09-17T09:30:00Z"));
        assertThat(dossier.identifiers()).containsExactly(new PersonalIdentifier(IdentifierType.CITIZEN_ID_CARD, CCCD));
        assertThat(dossier.fees()).containsExactly(new Fee("PHI-HDV", "Phí thẩm định cấp thẻ hướng dẫn viên du lịch", "1",
                FeeCollectionStage.ON_RECEIPT, new BigDecimal("650000.00")));
        assertThat(dossier.submittedDocuments()).hasSize(2);
        assertThat(dossier.submittedDocuments().get(0).digitised()).isTrue();
        assertThat(dossier.resultDocuments()).extracting(ResultDocument::resultCode).containsExactly("241000123");
        assertThat(dossier.connectedDatabases()).containsExactly("CSDLQGDC");
        assertThat(dossier.hasDigitisedComponents()).isTrue();
        assertThat(dossier.vneidVerified()).isTrue();
        assertThat(dossier.paidOnline()).isTrue();
        assertThat(dossier.resultByPost()).isFalse();
    }

    @Test
    void mapsToThePortalsRecordWithEveryFieldInOrder() {
        Map<String, Object> record = dataset.toFormat(FORMAT, dataset.fromRow(tourGuideCard(), new RecordReport()));

        assertThat(record.keySet()).containsExactly("MaHoSo", "MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc", "KenhThucHien",
                "SoGiayToChuHoSo", "ChuHoSo", "LoaiDoiTuong", "MaDoiTuong", "ThongTinKhac", "Email", "Fax", "SoDienThoai",
                "TrichYeuHoSo", "NgayTiepNhan", "NgayHenTra", "TrangThaiHoSo", "NgayTra", "ThongTinTra", "HinhThuc",
                "NgayKetThucXuLy", "DonViXuLy", "GhiChu", "TaiLieuNop", "DanhSachLePhi", "DanhSachGiayToKetQua",
                "DanhSachHoSoBoSung", "NoiNopHoSo", "HoSoCoThanhPhanSoHoa", "TaiKhoanDuocXacThucVoiVNeID",
                "DuocThanhToanTrucTuyen", "NgayTuChoi", "DinhDanhCHS", "NgayNopHoSo", "DSKetNoiCSDL");
        assertThat(record).containsEntry("MaHoSo", "000.07.24.H05-250902-00017")
                .containsEntry("MaTTHC", "1.001829")
                .containsEntry("KenhThucHien", "2")
                .containsEntry("LoaiDoiTuong", "1")
                .containsEntry("TrangThaiHoSo", "10")
                .containsEntry("SoGiayToChuHoSo", CCCD)
                .containsEntry("SoDienThoai", PHONE)
                .containsEntry("Email", EMAIL)
                // empty text is "", never null: the portal's clients always send every field
                .containsEntry("MaDoiTuong", "")
                .containsEntry("Fax", "")
                .containsEntry("GhiChu", "")
                // UTC in the source, Vietnam's time at the portal
                .containsEntry("NgayNopHoSo", "20250902091500")
                .containsEntry("NgayTiepNhan", "20250903083000")
                .containsEntry("NgayHenTra", "20250917163000")
                .containsEntry("NgayKetThucXuLy", "20250915150000")
                .containsEntry("NgayTra", "20250916090500")
                .containsEntry("NgayTuChoi", "")
                .containsEntry("HinhThuc", "0")
                .containsEntry("HoSoCoThanhPhanSoHoa", "1")
                .containsEntry("TaiKhoanDuocXacThucVoiVNeID", "1")
                .containsEntry("DuocThanhToanTrucTuyen", "1")
                .containsEntry("DanhSachHoSoBoSung", List.of())
                .containsEntry("DinhDanhCHS", List.of(Map.of("LoaiDinhDanh", "1", "SoDinhDanh", CCCD)))
                .containsEntry("DSKetNoiCSDL", List.of(Map.of("MaCSDL", "CSDLQGDC")));
        @SuppressWarnings("unchecked")
        Map<String, Object> fee = ((List<Map<String, Object>>) record.get("DanhSachLePhi")).get(0);
        assertThat(fee).containsExactly(Map.entry("TenPhiLePhi", "Phí thẩm định cấp thẻ hướng dẫn viên du lịch"),
                Map.entry("MaPhiLePhi", "PHI-HDV"), Map.entry("HinhThucThu", "1"),
                Map.entry("Gia", BigInteger.valueOf(650000)), Map.entry("LoaiPhiLePhi", "1"));
        @SuppressWarnings("unchecked")
        Map<String, Object> file = ((List<Map<String, Object>>) record.get("TaiLieuNop")).get(0);
        assertThat(file).containsEntry("TepDinhKemId", "TL-101").containsEntry("IsDeleted", "0")
                .containsEntry("DuocSoHoa", "1").containsEntry("DuocTaiSuDung", "1").containsEntry("DuocLayTuKhoDMQG", "0")
                .containsEntry("MaKetQuaThayThe", "");
    }

    @Test
    void theMappedRecordIsOneThePortalsSchemaAccepts() {
        Map<String, Object> record = dataset.toFormat(FORMAT, dataset.fromRow(tourGuideCard(), new RecordReport()));
        ObjectNode payload = JSON.createObjectNode();
        // as the hub sends it: its own keys first
        payload.put("sourceKey", "000.07.24.H05-250902-00017");
        payload.put("idempotencyKey", "a".repeat(64));
        payload.setAll((ObjectNode) JSON.valueToTree(record));

        assertThat(SCHEMAS.validate(FORMAT, payload)).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheMappingMustNeverProduce() {
        ObjectNode record = JSON.valueToTree(dataset.toFormat(FORMAT, dataset.fromRow(tourGuideCard(), new RecordReport())));
        record.put("NgayHenTra", "2025-09-17");
        record.put("TrangThaiHoSo", "11");
        ((ObjectNode) record.get("DinhDanhCHS").get(0)).put("SoDinhDanh", "12345678901");
        record.remove("ChuHoSo");

        assertThat(SCHEMAS.validate(FORMAT, record)).extracting(SchemaViolation::path)
                .contains("NgayHenTra", "TrangThaiHoSo", "DinhDanhCHS[0].SoDinhDanh", "ChuHoSo");
    }

    @Test
    void serialisesTheSameRecordToTheSameBytesWhateverTheAmountsScale() throws Exception {
        Map<String, Object> withCents = dataset.toFormat(FORMAT, dataset.fromRow(tourGuideCard(), new RecordReport()));
        Map<String, Object> whole = dataset.toFormat(FORMAT, dataset.fromRow(tourGuideCardWith("fees",
                "[{\"code\":\"PHI-HDV\",\"name\":\"Phí thẩm định cấp thẻ hướng dẫn viên du lịch\",\"kind\":\"1\","
                        + "\"collection_stage\":\"1\",\"amount\":650000}]"), new RecordReport()));

        assertThat(JSON.writeValueAsString(withCents)).isEqualTo(JSON.writeValueAsString(whole));
    }

    @Test
    void readsJsonColumnsHandedOverAsBytesAsH2Does() {
        RecordReport report = new RecordReport();
        byte[] bytes = "[{\"type\":\"2\",\"number\":\"123 456 789\"}]".getBytes(StandardCharsets.UTF_8);

        TthcDossier dossier = dataset.fromRow(tourGuideCardWith("identifiers", bytes), report);

        assertThat(report.errors()).isEmpty();
        assertThat(dossier.identifiers()).containsExactly(new PersonalIdentifier(IdentifierType.OLD_ID_CARD, "123456789"));
    }

    @Test
    void readsNoChildRowsAsEmptyLists() {
        Map<String, Object> row = tourGuideCard();
        row.put("fees", null);
        row.put("result_documents", null);
        row.put("connected_databases", null);
        row.remove("identifiers");

        RecordReport report = check(row);

        assertThat(report.errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} → refused on {2}")
    @CsvSource(delimiter = '|', value = {
            "status|11|status",
            "status|Đã hủy|status",
            "channel|4|channel",
            "applicant_type|9|applicantType",
            "due_at|31/12/2025|dueAt",
            "due_at|20250231163000|dueAt",
            "received_at|2025-09-03 08h30|receivedAt",
            "procedure_code|1.00182|procedureCode",
            "procedure_code||procedureCode",
            "applicant_name||applicantName",
            "summary||summary",
            "handling_unit||handlingUnit",
            "email|nguyenthilan@|email",
            "phone|091234|phone",
            "phone|+1 555 0100 222|phone",
            "paid_online|có lẽ|paidOnline",
            "returned_at||returnedAt",
            "received_at||receivedAt"})
    void refusesABadValueNamingTheField(String column, String value, String field) {
        RecordReport report = check(tourGuideCardWith(column, value));

        assertThat(report.errors()).extracting(FieldError::field).containsExactly(field);
        FieldError error = report.errors().get(0);
        assertThat(error.messageVi()).isNotBlank();
        assertThat(error.messageEn()).isNotBlank();
    }

    @Test
    void refusesAPromisedDateBeforeReception() {
        RecordReport report = check(tourGuideCardWith("due_at", "20250901080000"));

        assertThat(report.errors()).extracting(FieldError::field).containsExactly("dueAt");
    }

    @Test
    void namesTheElementOfAListThatIsWrong() {
        Map<String, Object> row = tourGuideCard();
        row.put("fees", "[{\"code\":\"A\",\"name\":\"Phí A\",\"collection_stage\":1,\"amount\":1000},"
                + "{\"code\":\"B\",\"name\":\"Phí B\",\"collection_stage\":3,\"amount\":\"một nghìn\"}]");
        row.put("submitted_documents", "[{\"file_id\":\"TL-1\",\"file_name\":null}]");
        row.put("result_documents", "[\"not an object\"]");

        RecordReport report = check(row);

        assertThat(report.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "fees[1].collectionStage", "fees[1].amount", "submittedDocuments[0].fileName", "resultDocuments[0]");
    }

    @Test
    void refusesAJsonColumnThatIsNotAnArrayWithoutQuotingIt() {
        RecordReport report = check(tourGuideCardWith("identifiers", "{\"type\":1,\"number\":\"" + CCCD + "\""));

        assertThat(report.errors()).extracting(FieldError::field).containsExactly("identifiers");
        assertThat(report.errors().get(0).message()).doesNotContain(CCCD);
    }

    @ParameterizedTest(name = "identifier type {0} with {1} digits is refused")
    @CsvSource({"1,02719500123", "1,123456789", "2,027195001234", "2,12345678"})
    void refusesAnIdentifierThatDoesNotFitItsTypeWithoutQuotingIt(int type, String number) {
        RecordReport report = check(tourGuideCardWith("identifiers",
                "[{\"type\":" + type + ",\"number\":\"" + number + "\"}]"));

        assertThat(report.errors()).extracting(FieldError::field).containsExactly("identifiers[0].number");
        assertThat(report.errors().get(0).message()).doesNotContain(number).contains(type == 1 ? "12" : "9");
    }

    @Test
    void noRefusalEverQuotesPersonalData() {
        Map<String, Object> row = tourGuideCard();
        row.put("phone", "0912 345");
        row.put("email", "lan@@example");
        row.put("fax", "fax " + PHONE);
        row.put("applicant_document_number", CCCD + "!?");
        row.put("identifiers", "[{\"type\":1,\"number\":\"" + CCCD + "9\"},{\"type\":\"" + CCCD + "\",\"number\":\"1\"}]");

        RecordReport report = check(row);

        assertThat(report.errors()).extracting(FieldError::field).contains("phone", "email", "fax",
                "applicantDocumentNumber", "identifiers[0].number", "identifiers[1].type");
        for (FieldError error : report.errors()) {
            assertThat(error.message()).doesNotContain(CCCD, "0912 345", "lan@@", PHONE);
        }
    }

    @Test
    void printsARecordWithItsPersonalDataMasked() {
        TthcDossier dossier = dataset.fromRow(tourGuideCard(), new RecordReport());

        assertThat(dossier.toString()).doesNotContain(CCCD, PHONE, EMAIL, "nguyen.thi.lan")
                .contains("000.07.24.H05-250902-00017", "**********34", "n***@example.com");
    }

    @Test
    void keepsTheBranchSuffixOfATaxNumberAndTheDigitsOfAPhone() {
        Map<String, Object> row = tourGuideCard();
        row.put("applicant_type", "Doanh nghiệp");
        row.put("applicant_document_number", " 0101234567-001 ");
        row.put("identifiers", null);
        row.put("phone", "(+84) 912-345-678");

        RecordReport report = check(row);
        TthcDossier dossier = dataset.fromRow(row, new RecordReport());

        assertThat(report.errors()).isEmpty();
        assertThat(dossier.applicantType()).isEqualTo(ApplicantType.ENTERPRISE);
        assertThat(dossier.applicantDocumentNumber()).isEqualTo("0101234567-001");
        assertThat(dossier.phone()).isEqualTo("+84912345678");
    }

    @Test
    void repairsLegacyTextAsTheOtherDatasetsDo() {
        RecordReport report = new RecordReport();
        // NFD: the decomposed form some web forms post
        String decomposed = java.text.Normalizer.normalize("Nguyễn Thị Lan", java.text.Normalizer.Form.NFD);

        TthcDossier dossier = dataset.fromRow(tourGuideCardWith("applicant_name", decomposed), report);

        assertThat(dossier.applicantName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(report.repairedFieldNames()).contains("applicantName");
    }

    @Test
    void supportsOnlyTheDongBoHoSoFormat() {
        TthcDossier dossier = dataset.fromRow(tourGuideCard(), new RecordReport());

        assertThat(dataset.id()).isEqualTo("tthc-dossier");
        assertThat(dataset.recordType()).isEqualTo(TthcDossier.class);
        assertThat(dataset.supportsFormat(FORMAT)).isTrue();
        assertThat(dataset.supportsFormat("dvcqg/cap-nhat-tien-do/v1")).isFalse();
        assertThatThrownBy(() -> dataset.toFormat("ministry/heritage-site/v1", dossier))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("tthc-dossier");
    }

    @Test
    void everyRefusalOfAnEmptyRowIsBilingualAndNamesItsField() {
        RecordReport report = check(Map.of());

        List<String> fields = new ArrayList<>();
        for (FieldError error : report.errors()) {
            fields.add(error.field());
            assertThat(error.messageVi()).contains(" / ");
        }
        assertThat(fields).contains("dossierCode", "procedureCode", "procedureName", "channel", "applicantType",
                "applicantName", "summary", "status", "handlingUnit", "updatedAt");
    }

    @Test
    void aReturnedDossierWithoutAReturnDateIsNamedOnThatField() {
        RecordReport report = check(tourGuideCardWith("returned_at", null));

        assertThat(report.errors()).extracting(FieldError::field, FieldError::messageEn)
                .containsExactly(tuple("returnedAt",
                        "Hồ sơ đã trả kết quả phải có ngày trả / a dossier whose result was returned must have a return date"));
    }
}
