package vn.vhttdl.hub.datasets.tourism;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.vhttdl.hub.datasets.constraints.DigitCode;

/**
 * Hướng dẫn viên du lịch: a tour guide and the card the department issued, as the tourism
 * software records them. Only what the public register of guides shows is carried: no birth
 * date, no identity number (personal data, Law 91/2025).
 *
 * @param id                  the software's id, the record key
 * @param fullName            họ và tên
 * @param cardType            loại thẻ: quốc tế, nội địa, tại điểm
 * @param cardNumber          số thẻ, 9 digits; the first is the card type's
 * @param issuedOn            ngày cấp
 * @param expiresOn           ngày hết hạn; none for on-site cards
 * @param languages           ngoại ngữ, for international guides
 * @param issuingProvinceCode tỉnh cấp thẻ, 2 digits
 * @param updatedAt           when the source last changed the record
 */
@GuideCardConsistent
public record TourGuide(
        @NotBlank(message = "{vn.vhttdl.hub.guide.id.required}")
        @Size(max = 64, message = "{vn.vhttdl.hub.guide.id.size}")
        String id,

        @NotBlank(message = "{vn.vhttdl.hub.guide.fullName.required}")
        @Size(min = 2, max = 200, message = "{vn.vhttdl.hub.guide.fullName.size}")
        String fullName,

        @NotNull(message = "{vn.vhttdl.hub.guide.cardType.required}")
        GuideCardType cardType,

        @NotNull(message = "{vn.vhttdl.hub.guide.cardNumber.required}")
        @DigitCode(value = 9, message = "{vn.vhttdl.hub.guide.cardNumber.pattern}")
        String cardNumber,

        @NotNull(message = "{vn.vhttdl.hub.guide.issuedOn.required}")
        LocalDate issuedOn,

        LocalDate expiresOn,

        List<ForeignLanguage> languages,

        @NotNull(message = "{vn.vhttdl.hub.guide.issuingProvinceCode.required}")
        @DigitCode(value = 2, message = "{vn.vhttdl.hub.guide.issuingProvinceCode.pattern}")
        String issuingProvinceCode,

        @NotNull(message = "{vn.vhttdl.hub.guide.updatedAt.required}")
        Instant updatedAt) {

    public TourGuide {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
