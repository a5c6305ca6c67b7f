package vn.vhttdl.hub.datasets.tthc;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Tiến độ xử lý hồ sơ: one processing step of a dossier (received, assigned, appraised, signed,
 * returned…), as the portal's {@code CapNhatTienDoHoSoMC} needs it. The portal's field each
 * component becomes is named in brackets.
 *
 * @param stepId       the one-stop system's id of the step, the record key
 * @param dossierCode  mã hồ sơ [MaHoSo]
 * @param handler      người xử lý [NguoiXuLy]: the official who handled the step
 * @param handlerTitle chức danh [ChucDanh]
 * @param department   phòng ban xử lý [PhongBanXuLy]
 * @param content      nội dung xử lý [NoiDungXuLy]
 * @param status       trạng thái [TrangThai]: the dossier's status after the step
 * @param handledAt    thời điểm xử lý [ThoiDiemXuLy]
 * @param startedAt    ngày bắt đầu [NgayBatDau]
 * @param dueAt        ngày kết thúc theo quy định [NgayKetThucTheoQuyDinh]: the step's deadline
 * @param updatedAt    when the one-stop system last changed the step (the watermark)
 */
public record TthcDossierProgress(
        @NotBlank(message = "Mã bước xử lý là bắt buộc / step id is required")
        @Size(max = 100, message = "Mã bước xử lý không được dài quá 100 ký tự / step id must be at most 100 characters long")
        String stepId,

        @NotBlank(message = "Mã hồ sơ là bắt buộc / dossier code is required")
        @Size(max = 100, message = "Mã hồ sơ không được dài quá 100 ký tự / dossier code must be at most 100 characters long")
        String dossierCode,

        @NotBlank(message = "Người xử lý là bắt buộc / handling official is required")
        @Size(max = 200, message = "Người xử lý không được dài quá 200 ký tự / handling official must be at most 200 characters long")
        String handler,

        @Size(max = 200, message = "Chức danh không được dài quá 200 ký tự / title must be at most 200 characters long")
        String handlerTitle,

        @Size(max = 500, message = "Phòng ban không được dài quá 500 ký tự / department must be at most 500 characters long")
        String department,

        @NotBlank(message = "Nội dung xử lý là bắt buộc / step content is required")
        @Size(max = 4000, message = "Nội dung xử lý không được dài quá 4000 ký tự / step content must be at most 4000 characters long")
        String content,

        @NotNull(message = "Trạng thái là bắt buộc (1–10) / status is required (1–10)")
        DossierStatus status,

        @NotNull(message = "Thời điểm xử lý là bắt buộc / time of handling is required")
        Instant handledAt,

        Instant startedAt,
        Instant dueAt,

        @NotNull(message = "Thời điểm cập nhật là bắt buộc / last-update time is required")
        Instant updatedAt) {
}
