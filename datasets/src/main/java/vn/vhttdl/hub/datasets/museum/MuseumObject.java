package vn.vhttdl.hub.datasets.museum;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Hiện vật: one object of a museum's inventory, as the museum-object software records it, in
 * canonical form. Messages of the constraints are in {@code ValidationMessages*.properties}.
 *
 * @param id               mã hiện vật, the software's id, the record key
 * @param inventoryNumber  số kiểm kê, the museum's inventory number ({@code BTBN-2015-0123}),
 *                         separate from the id: it is what is written on the object
 * @param name             tên hiện vật
 * @param objectClass      di vật, cổ vật or bảo vật quốc gia
 * @param material         nhóm chất liệu
 * @param materialDetail   chất liệu as written ({@code Gốm men lam, cốt trắng})
 * @param dimensionsText   kích thước as written ({@code Cao 45 cm; ĐK miệng 12 cm})
 * @param dimensions       the measures read from it; empty measures when none could be read
 * @param datingText       niên đại as written ({@code Năm Cảnh Hưng thứ 44 (1783)})
 * @param dating           the machine range read from it; {@code null} when there is no text
 * @param quantity         số lượng: pieces of the object (a pair of vases is 2)
 * @param custodian        đơn vị lưu giữ, the museum that keeps it
 * @param treasureDecision số quyết định công nhận bảo vật quốc gia, verbatim
 * @param description      mô tả
 * @param updatedAt        when the source last changed the record
 */
@TreasureHasDecision
public record MuseumObject(
        @NotBlank(message = "{vn.vhttdl.hub.museum.id.required}")
        @Size(max = 64, message = "{vn.vhttdl.hub.museum.id.size}")
        String id,

        @NotBlank(message = "{vn.vhttdl.hub.museum.inventoryNumber.required}")
        @Size(max = 64, message = "{vn.vhttdl.hub.museum.inventoryNumber.size}")
        String inventoryNumber,

        @NotBlank(message = "{vn.vhttdl.hub.museum.name.required}")
        @Size(min = 2, max = 500, message = "{vn.vhttdl.hub.museum.name.size}")
        String name,

        @NotNull(message = "{vn.vhttdl.hub.museum.objectClass.required}")
        ObjectClass objectClass,

        @NotNull(message = "{vn.vhttdl.hub.museum.material.required}")
        Material material,

        @Size(max = 500, message = "{vn.vhttdl.hub.museum.materialDetail.size}")
        String materialDetail,

        @Size(max = 500, message = "{vn.vhttdl.hub.museum.dimensionsText.size}")
        String dimensionsText,

        Dimensions dimensions,

        @NotBlank(message = "{vn.vhttdl.hub.museum.datingText.required}")
        @Size(max = 300, message = "{vn.vhttdl.hub.museum.datingText.size}")
        String datingText,

        Dating dating,

        @Min(value = 1, message = "{vn.vhttdl.hub.museum.quantity.min}")
        Integer quantity,

        @NotBlank(message = "{vn.vhttdl.hub.museum.custodian.required}")
        @Size(max = 300, message = "{vn.vhttdl.hub.museum.custodian.size}")
        String custodian,

        @Size(max = 100, message = "{vn.vhttdl.hub.museum.treasureDecision.size}")
        String treasureDecision,

        @Size(max = 20000, message = "{vn.vhttdl.hub.museum.description.size}")
        String description,

        @NotNull(message = "{vn.vhttdl.hub.museum.updatedAt.required}")
        Instant updatedAt) {
}
