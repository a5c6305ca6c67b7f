package vn.vhttdl.hub.datasets.culture;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import vn.vhttdl.hub.datasets.constraints.DigitCode;

/**
 * Danh hiệu văn hóa: one cultural title awarded for a year, as the cultural-movement software of
 * the communes records it. That software predates the 2025 reform: its rows carry the old
 * commune codes and names, which the dataset maps to the communes of 1 July 2025.
 *
 * @param id             the software's id, the record key
 * @param titleType      gia đình, thôn or tổ dân phố văn hóa
 * @param holderName     the family (its head, {@code Hộ ông Nguyễn Văn An}), village or group
 * @param year           năm công nhận
 * @param communeCode    mã xã of 1 July 2025
 * @param communeName    tên xã of 1 July 2025
 * @param provinceCode   mã tỉnh
 * @param decisionNumber số quyết định công nhận, verbatim
 * @param decisionDate   ngày quyết định
 * @param updatedAt      when the source last changed the record
 */
@DecisionInTitleYear
public record CulturalTitle(
        @NotBlank(message = "{vn.vhttdl.hub.title.id.required}")
        @Size(max = 64, message = "{vn.vhttdl.hub.title.id.size}")
        String id,

        @NotNull(message = "{vn.vhttdl.hub.title.titleType.required}")
        CulturalTitleType titleType,

        @NotBlank(message = "{vn.vhttdl.hub.title.holderName.required}")
        @Size(min = 2, max = 200, message = "{vn.vhttdl.hub.title.holderName.size}")
        String holderName,

        @NotNull(message = "{vn.vhttdl.hub.title.year.required}")
        @Min(value = 1995, message = "{vn.vhttdl.hub.title.year.range}")
        @Max(value = 2100, message = "{vn.vhttdl.hub.title.year.range}")
        Integer year,

        @NotNull(message = "{vn.vhttdl.hub.location.communeCode.required}")
        @DigitCode(value = 5, message = "{vn.vhttdl.hub.location.communeCode.pattern}")
        String communeCode,

        String communeName,

        @NotNull(message = "{vn.vhttdl.hub.location.provinceCode.required}")
        String provinceCode,

        @NotBlank(message = "{vn.vhttdl.hub.title.decisionNumber.required}")
        @Size(max = 100, message = "{vn.vhttdl.hub.title.decisionNumber.size}")
        String decisionNumber,

        LocalDate decisionDate,

        @NotNull(message = "{vn.vhttdl.hub.title.updatedAt.required}")
        Instant updatedAt) {
}
