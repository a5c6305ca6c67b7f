package vn.vhttdl.hub.datasets.tourism;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import vn.vhttdl.hub.datasets.constraints.CoordinatesPaired;
import vn.vhttdl.hub.datasets.constraints.DigitCode;
import vn.vhttdl.hub.datasets.constraints.GeoLocated;

/**
 * Cơ sở lưu trú du lịch: an accommodation establishment registered with the department.
 *
 * @param id                the tourism software's id, the record key
 * @param name              tên cơ sở
 * @param accommodationType loại cơ sở lưu trú
 * @param starGrade         hạng sao, 1–5; {@code null} when not graded
 * @param gradeDecision     quyết định công nhận hạng, verbatim
 * @param rooms             số buồng
 * @param licenceNumber     mã số doanh nghiệp / hộ kinh doanh on the business registration
 *                          certificate: 10 digits, a branch adds {@code -001}
 * @param communeCode       mã xã of 1 July 2025
 * @param communeName       tên xã
 * @param provinceCode      mã tỉnh
 * @param address           địa chỉ (street, village)
 * @param latitude          vĩ độ, WGS 84
 * @param longitude         kinh độ, WGS 84
 * @param updatedAt         when the source last changed the record
 */
@CoordinatesPaired
@StarGradeAllowed
public record TourismAccommodation(
        @NotBlank(message = "{vn.vhttdl.hub.accommodation.id.required}")
        @Size(max = 64, message = "{vn.vhttdl.hub.accommodation.id.size}")
        String id,

        @NotBlank(message = "{vn.vhttdl.hub.accommodation.name.required}")
        @Size(min = 2, max = 300, message = "{vn.vhttdl.hub.accommodation.name.size}")
        String name,

        @NotNull(message = "{vn.vhttdl.hub.accommodation.accommodationType.required}")
        AccommodationType accommodationType,

        @Min(value = 1, message = "{vn.vhttdl.hub.accommodation.starGrade.range}")
        @Max(value = 5, message = "{vn.vhttdl.hub.accommodation.starGrade.range}")
        Integer starGrade,

        @Size(max = 100, message = "{vn.vhttdl.hub.accommodation.gradeDecision.size}")
        String gradeDecision,

        @NotNull(message = "{vn.vhttdl.hub.accommodation.rooms.required}")
        @Min(value = 1, message = "{vn.vhttdl.hub.accommodation.rooms.min}")
        @Max(value = 5000, message = "{vn.vhttdl.hub.accommodation.rooms.max}")
        Integer rooms,

        @NotNull(message = "{vn.vhttdl.hub.accommodation.licenceNumber.required}")
        @Pattern(regexp = "[0-9]{10}(-[0-9]{3})?", message = "{vn.vhttdl.hub.accommodation.licenceNumber.pattern}")
        String licenceNumber,

        @NotNull(message = "{vn.vhttdl.hub.location.communeCode.required}")
        @DigitCode(value = 5, message = "{vn.vhttdl.hub.location.communeCode.pattern}")
        String communeCode,

        String communeName,

        @NotNull(message = "{vn.vhttdl.hub.location.provinceCode.required}")
        String provinceCode,

        @Size(max = 500, message = "{vn.vhttdl.hub.accommodation.address.size}")
        String address,

        @DecimalMin(value = "8.1", message = "{vn.vhttdl.hub.heritage.latitude.range}")
        @DecimalMax(value = "23.4", message = "{vn.vhttdl.hub.heritage.latitude.range}")
        BigDecimal latitude,

        @DecimalMin(value = "102.1", message = "{vn.vhttdl.hub.heritage.longitude.range}")
        @DecimalMax(value = "109.5", message = "{vn.vhttdl.hub.heritage.longitude.range}")
        BigDecimal longitude,

        @NotNull(message = "{vn.vhttdl.hub.accommodation.updatedAt.required}")
        Instant updatedAt) implements GeoLocated {
}
