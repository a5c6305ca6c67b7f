package vn.vhttdl.hub.datasets.tthc;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Hồ sơ thủ tục hành chính: one administrative-procedure dossier of the one-stop system, in
 * canonical form, as the portal's {@code DongBoHoSoMC} needs it. The portal's field each
 * component becomes is named in brackets.
 *
 * <p>Personal data — {@code applicantDocumentNumber}, {@code email}, {@code phone}, {@code fax},
 * {@code identifiers} — goes to the portal only: {@link #toString()} masks it, and no constraint
 * message quotes it.
 *
 * <p>Constraint messages are literal "Vietnamese / English" text, so each refusal reads in both
 * languages wherever it is shown.
 *
 * @param dossierCode             mã hồ sơ [MaHoSo], the record key and the portal's key
 * @param procedureCode           mã TTHC [MaTTHC]: the national procedure code, e.g. {@code 1.001234}
 * @param procedureName           tên TTHC [TenTTHC]
 * @param fieldCode               mã lĩnh vực [MaLinhVuc]: the procedure's field (di sản, du lịch…)
 * @param fieldName               tên lĩnh vực [TenLinhVuc]
 * @param channel                 kênh thực hiện [KenhThucHien]
 * @param applicantType           loại đối tượng [LoaiDoiTuong]
 * @param applicantName           chủ hồ sơ [ChuHoSo]: the applicant's name
 * @param applicantDocumentNumber số giấy tờ chủ hồ sơ [SoGiayToChuHoSo]: ID card or tax number; personal
 * @param applicantCode           mã đối tượng [MaDoiTuong]
 * @param otherInfo               thông tin khác [ThongTinKhac]
 * @param email                   [Email]; personal
 * @param fax                     [Fax]
 * @param phone                   số điện thoại [SoDienThoai], digits with an optional {@code +84}; personal
 * @param summary                 trích yếu hồ sơ [TrichYeuHoSo]: what the dossier asks for
 * @param status                  trạng thái hồ sơ [TrangThaiHoSo]
 * @param submittedAt             ngày nộp hồ sơ [NgayNopHoSo]
 * @param receivedAt              ngày tiếp nhận [NgayTiepNhan]
 * @param dueAt                   ngày hẹn trả [NgayHenTra]
 * @param refusedAt               ngày từ chối [NgayTuChoi]
 * @param processingEndedAt       ngày kết thúc xử lý [NgayKetThucXuLy]
 * @param returnedAt              ngày trả kết quả [NgayTra]
 * @param returnInfo              thông tin trả [ThongTinTra]
 * @param resultByPost            hình thức nhận kết quả [HinhThuc]: by post rather than at the desk
 * @param handlingUnit            đơn vị xử lý [DonViXuLy]
 * @param note                    ghi chú [GhiChu]
 * @param submissionPlace         nơi nộp hồ sơ [NoiNopHoSo]
 * @param hasDigitisedComponents  hồ sơ có thành phần số hóa [HoSoCoThanhPhanSoHoa]
 * @param vneidVerified           tài khoản được xác thực với VNeID [TaiKhoanDuocXacThucVoiVNeID]
 * @param paidOnline              được thanh toán trực tuyến [DuocThanhToanTrucTuyen]
 * @param identifiers             định danh chủ hồ sơ [DinhDanhCHS]; personal
 * @param submittedDocuments      tài liệu nộp [TaiLieuNop]
 * @param fees                    phí, lệ phí [DanhSachLePhi]
 * @param resultDocuments         giấy tờ kết quả [DanhSachGiayToKetQua]
 * @param connectedDatabases      mã CSDL đã kết nối [DSKetNoiCSDL]: national databases the desk drew data from
 * @param updatedAt               when the one-stop system last changed the dossier (the watermark)
 */
@ConsistentDossierDates
public record TthcDossier(
        @NotBlank(message = "Mã hồ sơ là bắt buộc / dossier code is required")
        @Size(max = 100, message = "Mã hồ sơ không được dài quá 100 ký tự / dossier code must be at most 100 characters long")
        String dossierCode,

        @NotBlank(message = "Mã TTHC là bắt buộc / procedure code is required")
        @Pattern(regexp = "[0-9]\\.[0-9]{6}",
                message = "Mã TTHC phải có dạng của CSDL quốc gia về TTHC, ví dụ 1.001234 / procedure code must be a national code such as 1.001234")
        String procedureCode,

        @NotBlank(message = "Tên TTHC là bắt buộc / procedure name is required")
        @Size(max = 2000, message = "Tên TTHC không được dài quá 2000 ký tự / procedure name must be at most 2000 characters long")
        String procedureName,

        @Size(max = 50, message = "Mã lĩnh vực không được dài quá 50 ký tự / field code must be at most 50 characters long")
        String fieldCode,

        @Size(max = 500, message = "Tên lĩnh vực không được dài quá 500 ký tự / field name must be at most 500 characters long")
        String fieldName,

        @NotNull(message = "Kênh thực hiện là bắt buộc (1, 2 hoặc 3) / submission channel is required (1, 2 or 3)")
        SubmissionChannel channel,

        @NotNull(message = "Loại đối tượng là bắt buộc (1–4) / applicant type is required (1–4)")
        ApplicantType applicantType,

        @NotBlank(message = "Tên chủ hồ sơ là bắt buộc / applicant name is required")
        @Size(max = 500, message = "Tên chủ hồ sơ không được dài quá 500 ký tự / applicant name must be at most 500 characters long")
        String applicantName,

        @Size(max = 50, message = "Số giấy tờ không được dài quá 50 ký tự / document number must be at most 50 characters long")
        @Pattern(regexp = "[0-9A-Za-z./-]*",
                message = "Số giấy tờ chỉ gồm chữ, số, dấu chấm, gạch chéo, gạch ngang / document number may hold letters, digits, dots, slashes and hyphens only")
        String applicantDocumentNumber,

        @Size(max = 100, message = "Mã đối tượng không được dài quá 100 ký tự / applicant code must be at most 100 characters long")
        String applicantCode,

        @Size(max = 4000, message = "Thông tin khác không được dài quá 4000 ký tự / other information must be at most 4000 characters long")
        String otherInfo,

        @Email(message = "Địa chỉ thư điện tử không hợp lệ / e-mail address is not valid")
        @Size(max = 254, message = "Địa chỉ thư điện tử không được dài quá 254 ký tự / e-mail address must be at most 254 characters long")
        String email,

        @Pattern(regexp = "\\+?[0-9]{6,15}", message = "Số fax chỉ gồm 6–15 chữ số / fax number must be 6–15 digits")
        String fax,

        @Pattern(regexp = "(0|\\+84)[0-9]{9,10}",
                message = "Số điện thoại phải là số Việt Nam (0… hoặc +84…, 10–11 chữ số) / phone must be a Vietnamese number (0… or +84…)")
        String phone,

        @NotBlank(message = "Trích yếu hồ sơ là bắt buộc / dossier summary is required")
        @Size(max = 4000, message = "Trích yếu không được dài quá 4000 ký tự / summary must be at most 4000 characters long")
        String summary,

        @NotNull(message = "Trạng thái hồ sơ là bắt buộc (1–10) / dossier status is required (1–10)")
        DossierStatus status,

        Instant submittedAt,
        Instant receivedAt,
        Instant dueAt,
        Instant refusedAt,
        Instant processingEndedAt,
        Instant returnedAt,

        @Size(max = 4000, message = "Thông tin trả không được dài quá 4000 ký tự / return information must be at most 4000 characters long")
        String returnInfo,

        boolean resultByPost,

        @NotBlank(message = "Đơn vị xử lý là bắt buộc / handling unit is required")
        @Size(max = 500, message = "Đơn vị xử lý không được dài quá 500 ký tự / handling unit must be at most 500 characters long")
        String handlingUnit,

        @Size(max = 4000, message = "Ghi chú không được dài quá 4000 ký tự / note must be at most 4000 characters long")
        String note,

        @Size(max = 500, message = "Nơi nộp hồ sơ không được dài quá 500 ký tự / submission place must be at most 500 characters long")
        String submissionPlace,

        boolean hasDigitisedComponents,
        boolean vneidVerified,
        boolean paidOnline,

        @Size(max = 20, message = "Tối đa 20 định danh / at most 20 identifiers")
        List<@NotNull @Valid PersonalIdentifier> identifiers,

        @Size(max = 500, message = "Tối đa 500 tài liệu nộp / at most 500 submitted files")
        List<@NotNull @Valid SubmittedDocument> submittedDocuments,

        @Size(max = 100, message = "Tối đa 100 khoản phí / at most 100 fees")
        List<@NotNull @Valid Fee> fees,

        @Size(max = 100, message = "Tối đa 100 giấy tờ kết quả / at most 100 result documents")
        List<@NotNull @Valid ResultDocument> resultDocuments,

        @Size(max = 50, message = "Tối đa 50 CSDL kết nối / at most 50 connected databases")
        List<@NotBlank(message = "Mã CSDL là bắt buộc / database code is required")
             @Size(max = 100, message = "Mã CSDL không được dài quá 100 ký tự / database code must be at most 100 characters long")
             String> connectedDatabases,

        @NotNull(message = "Thời điểm cập nhật là bắt buộc / last-update time is required")
        Instant updatedAt) {

    /** Lists are never null: an absent list is empty. Elements stay as given, so validation can name a null one. */
    public TthcDossier {
        identifiers = listOf(identifiers);
        submittedDocuments = listOf(submittedDocuments);
        fees = listOf(fees);
        resultDocuments = listOf(resultDocuments);
        connectedDatabases = listOf(connectedDatabases);
    }

    private static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }

    /** Keeps personal data out of any log line or message that prints the record. */
    @Override
    public String toString() {
        return "TthcDossier[dossierCode=" + dossierCode + ", procedureCode=" + procedureCode + ", status=" + status
                + ", channel=" + channel + ", applicantType=" + applicantType
                + ", applicantDocumentNumber=" + PersonalData.mask(applicantDocumentNumber)
                + ", email=" + PersonalData.mask(email) + ", phone=" + PersonalData.mask(phone)
                + ", identifiers=" + identifiers + ", submittedDocuments=" + submittedDocuments.size()
                + ", fees=" + fees.size() + ", resultDocuments=" + resultDocuments.size() + ", updatedAt=" + updatedAt + "]";
    }
}
