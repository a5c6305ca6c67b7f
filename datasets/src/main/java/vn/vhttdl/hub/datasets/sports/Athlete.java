package vn.vhttdl.hub.datasets.sports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import vn.vhttdl.hub.datasets.constraints.DigitCode;

/**
 * Vận động viên: an athlete of the province's teams, as the sports software records them. The
 * birth date is personal data (Law 91/2025): only the birth year leaves the hub, which is what
 * age categories need.
 *
 * @param id           the software's id, the record key
 * @param fullName     họ và tên
 * @param gender       giới tính
 * @param birthYear    năm sinh
 * @param sport        môn thể thao
 * @param level        đẳng cấp
 * @param squad        tuyến
 * @param provinceCode the province the athlete competes for, 2 digits
 * @param updatedAt    when the source last changed the record
 */
public record Athlete(
        @NotBlank(message = "{vn.vhttdl.hub.athlete.id.required}")
        @Size(max = 64, message = "{vn.vhttdl.hub.athlete.id.size}")
        String id,

        @NotBlank(message = "{vn.vhttdl.hub.athlete.fullName.required}")
        @Size(min = 2, max = 200, message = "{vn.vhttdl.hub.athlete.fullName.size}")
        String fullName,

        @NotNull(message = "{vn.vhttdl.hub.athlete.gender.required}")
        Gender gender,

        @NotNull(message = "{vn.vhttdl.hub.athlete.birthYear.required}")
        @Min(value = 1950, message = "{vn.vhttdl.hub.athlete.birthYear.range}")
        @Max(value = 2020, message = "{vn.vhttdl.hub.athlete.birthYear.range}")
        Integer birthYear,

        @NotNull(message = "{vn.vhttdl.hub.athlete.sport.required}")
        Sport sport,

        @NotNull(message = "{vn.vhttdl.hub.athlete.level.required}")
        AthleteLevel level,

        @NotNull(message = "{vn.vhttdl.hub.athlete.squad.required}")
        Squad squad,

        @NotNull(message = "{vn.vhttdl.hub.location.provinceCode.required}")
        @DigitCode(value = 2, message = "{vn.vhttdl.hub.heritage.provinceCode.pattern}")
        String provinceCode,

        @NotNull(message = "{vn.vhttdl.hub.athlete.updatedAt.required}")
        Instant updatedAt) {
}
