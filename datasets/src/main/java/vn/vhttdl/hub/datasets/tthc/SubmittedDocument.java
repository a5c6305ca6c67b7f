package vn.vhttdl.hub.datasets.tthc;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Tài liệu nộp: one file the applicant submitted with the dossier ({@code TaiLieuNop}).
 *
 * @param fileId             tệp đính kèm id, the one-stop system's file id
 * @param fileName           tên tệp
 * @param deleted            the applicant or the desk withdrew the file
 * @param componentCode      mã thành phần hồ sơ: which required document of the procedure it is
 * @param downloadUrl        where the portal can fetch it
 * @param digitised          được số hóa: the paper was scanned and signed as a digital copy
 * @param reusable           được tái sử dụng: may be reused for the applicant's later dossiers
 * @param fromNationalStore  được lấy từ kho DMQG: taken from the national document store
 * @param replacesResultCode mã kết quả thay thế: the earlier result this file stands in for
 */
public record SubmittedDocument(
        @NotBlank(message = "Mã tệp đính kèm là bắt buộc / file id is required")
        @Size(max = 100, message = "Mã tệp không được dài quá 100 ký tự / file id must be at most 100 characters long")
        String fileId,

        @NotBlank(message = "Tên tệp đính kèm là bắt buộc / file name is required")
        @Size(max = 500, message = "Tên tệp không được dài quá 500 ký tự / file name must be at most 500 characters long")
        String fileName,

        boolean deleted,

        @Size(max = 100, message = "Mã thành phần hồ sơ không được dài quá 100 ký tự / component code must be at most 100 characters long")
        String componentCode,

        @Size(max = 2000, message = "Đường dẫn tệp không được dài quá 2000 ký tự / file URL must be at most 2000 characters long")
        String downloadUrl,

        boolean digitised,
        boolean reusable,
        boolean fromNationalStore,

        @Size(max = 100, message = "Mã kết quả thay thế không được dài quá 100 ký tự / replaced result code must be at most 100 characters long")
        String replacesResultCode) {
}
