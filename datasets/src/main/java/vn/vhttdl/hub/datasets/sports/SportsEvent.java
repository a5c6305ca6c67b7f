package vn.vhttdl.hub.datasets.sports;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import vn.vhttdl.hub.datasets.constraints.DigitCode;
import vn.vhttdl.hub.datasets.time.DateRange;

/**
 * Giải, sự kiện thể thao: a sports event held in the province, as the sports management software
 * records it.
 *
 * @param id           the software's id, the record key
 * @param name         tên giải
 * @param sport        môn thể thao
 * @param level        cấp giải
 * @param eventDates   thời gian: first and last day, the same for a one-day event
 * @param organiser    đơn vị tổ chức
 * @param venue        địa điểm (stadium, hall)
 * @param communeCode  mã xã of 1 July 2025
 * @param communeName  tên xã
 * @param provinceCode mã tỉnh
 * @param participants số vận động viên
 * @param updatedAt    when the source last changed the record
 */
public record SportsEvent(
        @NotBlank(message = "{vn.vhttdl.hub.event.id.required}")
        @Size(max = 64, message = "{vn.vhttdl.hub.event.id.size}")
        String id,

        @NotBlank(message = "{vn.vhttdl.hub.event.name.required}")
        @Size(min = 2, max = 500, message = "{vn.vhttdl.hub.event.name.size}")
        String name,

        @NotNull(message = "{vn.vhttdl.hub.event.sport.required}")
        Sport sport,

        @NotNull(message = "{vn.vhttdl.hub.event.level.required}")
        EventLevel level,

        @NotNull(message = "{vn.vhttdl.hub.event.eventDates.required}")
        DateRange eventDates,

        @Size(max = 300, message = "{vn.vhttdl.hub.event.organiser.size}")
        String organiser,

        @Size(max = 300, message = "{vn.vhttdl.hub.event.venue.size}")
        String venue,

        @NotNull(message = "{vn.vhttdl.hub.location.communeCode.required}")
        @DigitCode(value = 5, message = "{vn.vhttdl.hub.location.communeCode.pattern}")
        String communeCode,

        String communeName,

        @NotNull(message = "{vn.vhttdl.hub.location.provinceCode.required}")
        String provinceCode,

        @Min(value = 0, message = "{vn.vhttdl.hub.event.participants.min}")
        Integer participants,

        @NotNull(message = "{vn.vhttdl.hub.event.updatedAt.required}")
        Instant updatedAt) {
}
