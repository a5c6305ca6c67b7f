package vn.vhttdl.hub.datasets.tthc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mapping of a {@link TthcDossierProgress} to {@code dvcqg/cap-nhat-tien-do/v1}: one element
 * of the {@code data[]} of the portal's {@code CapNhatTienDoHoSoMC}. Every field is always
 * present ({@code ""} when empty); keys in the schema's order.
 */
public final class DvcqgCapNhatTienDoV1 {

    /** The format name, as exchange definitions and the schema catalogue name it. */
    public static final String FORMAT = "dvcqg/cap-nhat-tien-do/v1";

    /** @return the record, without sourceKey and idempotencyKey (the hub adds them) */
    public Map<String, Object> map(TthcDossierProgress step) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("MaHoSo", DvcqgDongBoHoSoV1.text(step.dossierCode()));
        out.put("NguoiXuLy", DvcqgDongBoHoSoV1.text(step.handler()));
        out.put("ChucDanh", DvcqgDongBoHoSoV1.text(step.handlerTitle()));
        out.put("ThoiDiemXuLy", DvcqgDates.format(step.handledAt()));
        out.put("PhongBanXuLy", DvcqgDongBoHoSoV1.text(step.department()));
        out.put("NoiDungXuLy", DvcqgDongBoHoSoV1.text(step.content()));
        out.put("TrangThai", DvcqgDongBoHoSoV1.code(step.status()));
        out.put("NgayBatDau", DvcqgDates.format(step.startedAt()));
        out.put("NgayKetThucTheoQuyDinh", DvcqgDates.format(step.dueAt()));
        return out;
    }
}
