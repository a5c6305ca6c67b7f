package vn.vhttdl.hub.datasets.tthc;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapping of a {@link TthcDossier} to {@code dvcqg/dong-bo-ho-so/v1}: one element of the
 * {@code data[]} of the portal's {@code DongBoHoSoMC}. Every field is always present, as the
 * portal's clients send it: text {@code ""}, dates {@code ""}, lists {@code []} when there is
 * nothing, so the shape, and so the content hash, never depends on which fields are filled.
 * Keys come in the schema's order.
 */
public final class DvcqgDongBoHoSoV1 {

    /** The format name, as exchange definitions and the schema catalogue name it. */
    public static final String FORMAT = "dvcqg/dong-bo-ho-so/v1";

    /** @return the record, without sourceKey and idempotencyKey (the hub adds them) */
    public Map<String, Object> map(TthcDossier dossier) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("MaHoSo", text(dossier.dossierCode()));
        out.put("MaTTHC", text(dossier.procedureCode()));
        out.put("TenTTHC", text(dossier.procedureName()));
        out.put("MaLinhVuc", text(dossier.fieldCode()));
        out.put("TenLinhVuc", text(dossier.fieldName()));
        out.put("KenhThucHien", code(dossier.channel()));
        out.put("SoGiayToChuHoSo", text(dossier.applicantDocumentNumber()));
        out.put("ChuHoSo", text(dossier.applicantName()));
        out.put("LoaiDoiTuong", code(dossier.applicantType()));
        out.put("MaDoiTuong", text(dossier.applicantCode()));
        out.put("ThongTinKhac", text(dossier.otherInfo()));
        out.put("Email", text(dossier.email()));
        out.put("Fax", text(dossier.fax()));
        out.put("SoDienThoai", text(dossier.phone()));
        out.put("TrichYeuHoSo", text(dossier.summary()));
        out.put("NgayTiepNhan", DvcqgDates.format(dossier.receivedAt()));
        out.put("NgayHenTra", DvcqgDates.format(dossier.dueAt()));
        out.put("TrangThaiHoSo", code(dossier.status()));
        out.put("NgayTra", DvcqgDates.format(dossier.returnedAt()));
        out.put("ThongTinTra", text(dossier.returnInfo()));
        out.put("HinhThuc", flag(dossier.resultByPost()));
        out.put("NgayKetThucXuLy", DvcqgDates.format(dossier.processingEndedAt()));
        out.put("DonViXuLy", text(dossier.handlingUnit()));
        out.put("GhiChu", text(dossier.note()));
        out.put("TaiLieuNop", dossier.submittedDocuments().stream().map(DvcqgDongBoHoSoV1::taiLieuNop).toList());
        out.put("DanhSachLePhi", dossier.fees().stream().map(DvcqgDongBoHoSoV1::lePhi).toList());
        out.put("DanhSachGiayToKetQua", dossier.resultDocuments().stream().map(DvcqgDongBoHoSoV1::giayToKetQua).toList());
        // supplements (hồ sơ bổ sung) are not in the reference's field list: none is claimed
        out.put("DanhSachHoSoBoSung", List.of());
        out.put("NoiNopHoSo", text(dossier.submissionPlace()));
        out.put("HoSoCoThanhPhanSoHoa", flag(dossier.hasDigitisedComponents()));
        out.put("TaiKhoanDuocXacThucVoiVNeID", flag(dossier.vneidVerified()));
        out.put("DuocThanhToanTrucTuyen", flag(dossier.paidOnline()));
        out.put("NgayTuChoi", DvcqgDates.format(dossier.refusedAt()));
        out.put("DinhDanhCHS", dossier.identifiers().stream().map(DvcqgDongBoHoSoV1::dinhDanh).toList());
        out.put("NgayNopHoSo", DvcqgDates.format(dossier.submittedAt()));
        out.put("DSKetNoiCSDL", dossier.connectedDatabases().stream().map(code -> Map.<String, Object>of("MaCSDL", code)).toList());
        return out;
    }

    private static Map<String, Object> taiLieuNop(SubmittedDocument file) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TepDinhKemId", text(file.fileId()));
        out.put("TenTepDinhKem", text(file.fileName()));
        out.put("IsDeleted", flag(file.deleted()));
        out.put("MaThanhPhanHoSo", text(file.componentCode()));
        out.put("DuongDanTaiTepTin", text(file.downloadUrl()));
        out.put("DuocSoHoa", flag(file.digitised()));
        out.put("DuocTaiSuDung", flag(file.reusable()));
        out.put("DuocLayTuKhoDMQG", flag(file.fromNationalStore()));
        out.put("MaKetQuaThayThe", text(file.replacesResultCode()));
        return out;
    }

    private static Map<String, Object> lePhi(Fee fee) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TenPhiLePhi", text(fee.name()));
        out.put("MaPhiLePhi", text(fee.code()));
        out.put("HinhThucThu", code(fee.collectionStage()));
        out.put("Gia", amount(fee.amount()));
        out.put("LoaiPhiLePhi", text(fee.kind()));
        return out;
    }

    private static Map<String, Object> giayToKetQua(ResultDocument document) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TenGiayTo", text(document.name()));
        out.put("MaThanhPhanHoSo", text(document.componentCode()));
        out.put("GiayToId", text(document.documentId()));
        out.put("DuongDanTepTinKetQua", text(document.fileUrl()));
        out.put("MaGiayToKetQua", text(document.resultCode()));
        return out;
    }

    private static Map<String, Object> dinhDanh(PersonalIdentifier identifier) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("LoaiDinhDanh", code(identifier.type()));
        out.put("SoDinhDanh", text(identifier.number()));
        return out;
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String code(DvcqgCode value) {
        return value == null ? "" : value.code();
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    /**
     * Đồng amounts are whole numbers: 150000.00 from a DECIMAL column goes as 150000, so the
     * serialisation, and so the content hash, does not depend on the column's scale.
     */
    private static Number amount(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigIntegerExact() : stripped;
    }
}
