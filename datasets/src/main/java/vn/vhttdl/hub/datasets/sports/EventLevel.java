package vn.vhttdl.hub.datasets.sports;

import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * Cấp giải: who holds a sports event and for whom, from a commune's festival to an international
 * tournament the province hosts. The constant names are the codes of the ministry format.
 */
public enum EventLevel {
    CAP_XA, CAP_TINH, KHU_VUC, TOAN_QUOC, QUOC_TE;

    static final CodeSpellings<EventLevel> SPELLINGS = CodeSpellings.<EventLevel>builder(
                    "cấp giải (xã, tỉnh, khu vực, toàn quốc, quốc tế)", "event level (commune, province, region, national, international)",
                    "cấp", "giải", "quy mô")
            .add(CAP_XA, "Cấp xã", "Xã", "Phường", "Cơ sở", "Cấp cơ sở", "Cấp huyện", "Huyện")
            .add(CAP_TINH, "Cấp tỉnh", "Tỉnh", "Toàn tỉnh")
            .add(KHU_VUC, "Khu vực", "Vùng", "Khu vực phía Bắc", "Cụm")
            .add(TOAN_QUOC, "Toàn quốc", "Quốc gia", "Cấp quốc gia", "Vô địch quốc gia", "Trẻ quốc gia")
            .add(QUOC_TE, "Quốc tế", "International", "Châu Á", "Đông Nam Á", "Mở rộng quốc tế")
            .build();
}
