package vn.vhttdl.hub.datasets.museum;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.vhttdl.hub.datasets.time.VietnamTime;

/**
 * The mapping of a {@link MuseumObject} to {@code ministry/museum-object/v1}, the record the
 * Ministry's database of museum objects receives. Keys in the schema's order, so the content
 * hash is stable.
 */
final class MinistryMuseumObjectV1 {

    static final String FORMAT = "ministry/museum-object/v1";

    Map<String, Object> map(MuseumObject object) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("maHienVat", object.id());
        payload.put("soKiemKe", object.inventoryNumber());
        payload.put("tenHienVat", object.name());
        payload.put("loaiHienVat", name(object.objectClass()));
        payload.put("nhomChatLieu", name(object.material()));
        payload.put("chatLieu", object.materialDetail());
        payload.put("kichThuoc", dimensions(object));
        payload.put("nienDai", dating(object));
        payload.put("soLuong", object.quantity());
        payload.put("donViLuuGiu", object.custodian());
        payload.put("soQuyetDinhBaoVat", object.treasureDecision());
        payload.put("moTa", object.description());
        payload.put("ngayCapNhat", VietnamTime.dateTime(object.updatedAt()));
        return payload;
    }

    private static Map<String, Object> dimensions(MuseumObject object) {
        Dimensions measures = object.dimensions() == null ? Dimensions.NONE : object.dimensions();
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("moTa", object.dimensionsText());
        dimensions.put("caoCm", measures.heightCm());
        dimensions.put("daiCm", measures.lengthCm());
        dimensions.put("rongCm", measures.widthCm());
        dimensions.put("duongKinhCm", measures.diameterCm());
        dimensions.put("trongLuongKg", measures.weightKg());
        return dimensions;
    }

    private static Map<String, Object> dating(MuseumObject object) {
        Dating dating = object.dating() == null ? Dating.UNKNOWN : object.dating();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("vanBan", object.datingText());
        map.put("tuNam", dating.fromYear());
        map.put("denNam", dating.toYear());
        map.put("edtf", dating.edtf());
        return map;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
