package vn.vhttdl.hub.datasets.tthc;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Giấy tờ kết quả: one result document of the dossier (a licence, a card, a certificate),
 * {@code DanhSachGiayToKetQua}.
 *
 * @param documentId    giấy tờ id, the one-stop system's id
 * @param name          tên giấy tờ, e.g. {@code Thẻ hướng dẫn viên du lịch nội địa}
 * @param componentCode mã thành phần hồ sơ
 * @param fileUrl       đường dẫn tệp kết quả
 * @param resultCode    mã giấy tờ kết quả: the number on the document (licence or card number)
 */
public record ResultDocument(
        @NotBlank(message = "Mã giấy tờ kết quả là bắt buộc / result document id is required")
        @Size(max = 100, message = "Mã giấy tờ không được dài quá 100 ký tự / result document id must be at most 100 characters long")
        String documentId,

        @NotBlank(message = "Tên giấy tờ kết quả là bắt buộc / result document name is required")
        @Size(max = 500, message = "Tên giấy tờ không được dài quá 500 ký tự / result document name must be at most 500 characters long")
        String name,

        @Size(max = 100, message = "Mã thành phần hồ sơ không được dài quá 100 ký tự / component code must be at most 100 characters long")
        String componentCode,

        @Size(max = 2000, message = "Đường dẫn tệp không được dài quá 2000 ký tự / file URL must be at most 2000 characters long")
        String fileUrl,

        @Size(max = 100, message = "Số giấy tờ kết quả không được dài quá 100 ký tự / result number must be at most 100 characters long")
        String resultCode) {
}
