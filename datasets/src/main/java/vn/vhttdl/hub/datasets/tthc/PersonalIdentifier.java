package vn.vhttdl.hub.datasets.tthc;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Định danh chủ hồ sơ: one personal identification number of the applicant ({@code DinhDanhCHS}).
 * Personal data: {@link #toString()} masks the number.
 *
 * @param type   loại định danh
 * @param number số định danh, digits only
 */
@IdentifierMatchesType
public record PersonalIdentifier(
        @NotNull(message = "Loại định danh là bắt buộc (1 CCCD, 2 CMND) / identifier type is required (1 citizen ID card, 2 old ID card)")
        IdentifierType type,

        @NotBlank(message = "Số định danh là bắt buộc / identifier number is required")
        String number) {

    @Override
    public String toString() {
        return "PersonalIdentifier[type=" + type + ", number=" + PersonalData.mask(number) + "]";
    }
}
