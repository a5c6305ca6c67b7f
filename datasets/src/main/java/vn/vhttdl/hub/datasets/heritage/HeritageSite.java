package vn.vhttdl.hub.datasets.heritage;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import vn.vhttdl.hub.datasets.constraints.CoordinatesPaired;
import vn.vhttdl.hub.datasets.constraints.DigitCode;
import vn.vhttdl.hub.datasets.constraints.GeoLocated;

/**
 * Di tích: one heritage site (relic) as the department's heritage-management system records it,
 * in canonical form. Messages of the constraints are in {@code ValidationMessages*.properties}.
 *
 * @param id              mã di tích, the source system's id, the record key
 * @param name            tên di tích, e.g. {@code Chùa Vĩnh Nghiêm}
 * @param rankingLevel    cấp xếp hạng
 * @param heritageType    loại hình
 * @param rankingDecision số quyết định xếp hạng, kept verbatim ({@code 2103/QĐ-BVHTTDL},
 *                        {@code 15/2003/QĐ-BVHTT}, {@code 1543 QĐ/VH}); formats differ by era
 * @param communeCode     mã xã, the 5-digit commune code of Decision 19/2025/QĐ-TTg
 * @param communeName     tên xã (or phường)
 * @param provinceCode    mã tỉnh, 2 digits ({@code 24}: Bắc Ninh since 1 July 2025)
 * @param address         địa chỉ, free text (village, street)
 * @param latitude        vĩ độ, WGS 84
 * @param longitude       kinh độ, WGS 84
 * @param description     mô tả
 * @param updatedAt       when the source last changed the record
 */
@CoordinatesPaired
public record HeritageSite(
        @NotBlank(message = "{vn.vhttdl.hub.heritage.id.required}")
        @Size(max = 64, message = "{vn.vhttdl.hub.heritage.id.size}")
        String id,

        @NotBlank(message = "{vn.vhttdl.hub.heritage.name.required}")
        @Size(min = 2, max = 500, message = "{vn.vhttdl.hub.heritage.name.size}")
        String name,

        @NotNull(message = "{vn.vhttdl.hub.heritage.rankingLevel.required}")
        RankingLevel rankingLevel,

        @NotNull(message = "{vn.vhttdl.hub.heritage.heritageType.required}")
        HeritageType heritageType,

        @Size(max = 100, message = "{vn.vhttdl.hub.heritage.rankingDecision.size}")
        String rankingDecision,

        @NotNull(message = "{vn.vhttdl.hub.heritage.communeCode.required}")
        @DigitCode(value = 5, message = "{vn.vhttdl.hub.heritage.communeCode.pattern}")
        String communeCode,

        @NotBlank(message = "{vn.vhttdl.hub.heritage.communeName.required}")
        @Size(min = 2, max = 200, message = "{vn.vhttdl.hub.heritage.communeName.size}")
        String communeName,

        @NotNull(message = "{vn.vhttdl.hub.heritage.provinceCode.required}")
        @DigitCode(value = 2, message = "{vn.vhttdl.hub.heritage.provinceCode.pattern}")
        String provinceCode,

        @Size(max = 500, message = "{vn.vhttdl.hub.heritage.address.size}")
        String address,

        @DecimalMin(value = "8.1", message = "{vn.vhttdl.hub.heritage.latitude.range}")
        @DecimalMax(value = "23.4", message = "{vn.vhttdl.hub.heritage.latitude.range}")
        BigDecimal latitude,

        @DecimalMin(value = "102.1", message = "{vn.vhttdl.hub.heritage.longitude.range}")
        @DecimalMax(value = "109.5", message = "{vn.vhttdl.hub.heritage.longitude.range}")
        BigDecimal longitude,

        @Size(max = 20000, message = "{vn.vhttdl.hub.heritage.description.size}")
        String description,

        @NotNull(message = "{vn.vhttdl.hub.heritage.updatedAt.required}")
        Instant updatedAt) implements GeoLocated {
}
