package vn.vhttdl.hub.datasets.tthc;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Phí, lệ phí: one fee or charge of the dossier ({@code DanhSachLePhi}).
 *
 * @param code            mã phí, lệ phí
 * @param name            tên phí, lệ phí
 * @param kind            loại: the one-stop system's own code (1 phí, 2 lệ phí in the demo system), sent verbatim
 * @param collectionStage hình thức thu: when it is collected
 * @param amount          giá, in VND
 */
public record Fee(
        @Size(max = 100, message = "Mã phí không được dài quá 100 ký tự / fee code must be at most 100 characters long")
        String code,

        @NotBlank(message = "Tên phí, lệ phí là bắt buộc / fee name is required")
        @Size(max = 500, message = "Tên phí không được dài quá 500 ký tự / fee name must be at most 500 characters long")
        String name,

        @Size(max = 20, message = "Loại phí không được dài quá 20 ký tự / fee kind must be at most 20 characters long")
        String kind,

        @NotNull(message = "Hình thức thu là bắt buộc (1, 2 hoặc 4) / collection stage is required (1, 2 or 4)")
        FeeCollectionStage collectionStage,

        @NotNull(message = "Số tiền là bắt buộc / amount is required")
        @PositiveOrZero(message = "Số tiền không được âm / amount must not be negative")
        BigDecimal amount) {
}
