package vn.vhttdl.hub.datasets.tourism;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.vhttdl.hub.datasets.constraints.CoordinatesPaired;
import vn.vhttdl.hub.datasets.constraints.DigitCode;
import vn.vhttdl.hub.datasets.constraints.GeoLocated;

/**
 * Khu, điểm du lịch: a tourist attraction of the smart-tourism system.
 *
 * @param id                  the system's id, the record key
 * @param name                tên khu, điểm du lịch
 * @param level               cấp công nhận
 * @param category            loại hình du lịch
 * @param recognitionDecision số quyết định công nhận, verbatim
 * @param recognisedOn        ngày công nhận
 * @param heritageSiteId      mã di tích, when the attraction is a relic of the heritage dataset
 * @param communeCode         mã xã of 1 July 2025
 * @param communeName         tên xã
 * @param provinceCode        mã tỉnh
 * @param address             địa chỉ
 * @param latitude            vĩ độ, WGS 84
 * @param longitude           kinh độ, WGS 84
 * @param annualVisitors      lượt khách last year
 * @param description         mô tả
 * @param updatedAt           when the source last changed the record
 */
@CoordinatesPaired
@RecognisedHasDecision
public record TouristAttraction(
        @NotBlank(message = "{vn.vhttdl.hub.attraction.id.required}")
        @Size(max = 64, message = "{vn.vhttdl.hub.attraction.id.size}")
        String id,

        @NotBlank(message = "{vn.vhttdl.hub.attraction.name.required}")
        @Size(min = 2, max = 300, message = "{vn.vhttdl.hub.attraction.name.size}")
        String name,

        @NotNull(message = "{vn.vhttdl.hub.attraction.level.required}")
        AttractionLevel level,

        @NotNull(message = "{vn.vhttdl.hub.attraction.category.required}")
        AttractionCategory category,

        @Size(max = 100, message = "{vn.vhttdl.hub.attraction.recognitionDecision.size}")
        String recognitionDecision,

        LocalDate recognisedOn,

        @Size(max = 64, message = "{vn.vhttdl.hub.attraction.heritageSiteId.size}")
        String heritageSiteId,

        @NotNull(message = "{vn.vhttdl.hub.location.communeCode.required}")
        @DigitCode(value = 5, message = "{vn.vhttdl.hub.location.communeCode.pattern}")
        String communeCode,

        String communeName,

        @NotNull(message = "{vn.vhttdl.hub.location.provinceCode.required}")
        String provinceCode,

        @Size(max = 500, message = "{vn.vhttdl.hub.attraction.address.size}")
        String address,

        @DecimalMin(value = "8.1", message = "{vn.vhttdl.hub.heritage.latitude.range}")
        @DecimalMax(value = "23.4", message = "{vn.vhttdl.hub.heritage.latitude.range}")
        BigDecimal latitude,

        @DecimalMin(value = "102.1", message = "{vn.vhttdl.hub.heritage.longitude.range}")
        @DecimalMax(value = "109.5", message = "{vn.vhttdl.hub.heritage.longitude.range}")
        BigDecimal longitude,

        @Min(value = 0, message = "{vn.vhttdl.hub.attraction.annualVisitors.min}")
        Integer annualVisitors,

        @Size(max = 20000, message = "{vn.vhttdl.hub.attraction.description.size}")
        String description,

        @NotNull(message = "{vn.vhttdl.hub.attraction.updatedAt.required}")
        Instant updatedAt) implements GeoLocated {
}
