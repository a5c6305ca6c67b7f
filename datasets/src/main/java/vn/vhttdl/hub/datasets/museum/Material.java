package vn.vhttdl.hub.datasets.museum;

import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * Nhóm chất liệu: the material group by which museum inventories are kept. The constant names
 * are the codes of the ministry format. "Đá" (stone) and "da" (leather) fold to the same
 * letters, so leather is only recognised written out ("da thuộc") and counts as another material.
 */
public enum Material {
    GOM_SU,
    KIM_LOAI,
    GO_TRE,
    DA,
    GIAY,
    VAI_SOI,
    XUONG_SUNG_NGA,
    THUY_TINH,
    HON_HOP,
    KHAC;

    /** How the catalogue writes the material; details after a comma are dropped before matching. */
    static final CodeSpellings<Material> SPELLINGS = CodeSpellings.<Material>builder(
                    "nhóm chất liệu", "material group", "chat lieu", "nhom")
            .add(GOM_SU, "Gốm", "Sứ", "Gốm sứ", "Sành", "Sành sứ", "Đất nung", "Gốm men", "Gạch", "Ngói")
            .add(KIM_LOAI, "Kim loại", "Đồng", "Đồng thau", "Sắt", "Gang", "Vàng", "Bạc", "Thiếc", "Chì", "KL")
            .add(GO_TRE, "Gỗ", "Tre", "Nứa", "Mây", "Gỗ, tre", "Tre nứa", "Song mây")
            .add(DA, "Đá", "Ngọc", "Đá quý")
            .add(GIAY, "Giấy", "Giấy dó", "Giấy bản")
            .add(VAI_SOI, "Vải", "Lụa", "Sợi", "Dệt may", "Hàng dệt", "Thổ cẩm")
            .add(XUONG_SUNG_NGA, "Xương", "Sừng", "Ngà", "Xương sừng", "Mai rùa")
            .add(THUY_TINH, "Thủy tinh", "Thuỷ tinh", "Pha lê")
            .add(HON_HOP, "Hỗn hợp", "Nhiều chất liệu", "Tổng hợp")
            .add(KHAC, "Khác", "Da thuộc", "Da động vật", "Nhựa", "Sơn mài")
            .build();
}
