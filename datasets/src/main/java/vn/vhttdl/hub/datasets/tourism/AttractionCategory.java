package vn.vhttdl.hub.datasets.tourism;

import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * Loại hình du lịch: what an attraction offers, as the provincial tourism statistics group it.
 * The constant names are the codes of the ministry format.
 */
public enum AttractionCategory {
    VAN_HOA_LICH_SU,
    TAM_LINH,
    SINH_THAI,
    LANG_NGHE,
    CONG_DONG,
    NGHI_DUONG,
    VUI_CHOI_GIAI_TRI;

    static final CodeSpellings<AttractionCategory> SPELLINGS = CodeSpellings.<AttractionCategory>builder(
                    "loại hình du lịch", "attraction category", "du lịch", "loại hình")
            .add(VAN_HOA_LICH_SU, "Văn hóa - lịch sử", "Văn hóa lịch sử", "Lịch sử văn hóa", "Văn hóa", "Lịch sử",
                    "Di tích", "Di sản")
            .add(TAM_LINH, "Tâm linh", "Tín ngưỡng", "Văn hóa tâm linh", "Tâm linh - tín ngưỡng")
            .add(SINH_THAI, "Sinh thái", "Thiên nhiên", "Sinh thái - cảnh quan", "Cảnh quan")
            .add(LANG_NGHE, "Làng nghề", "Làng nghề truyền thống", "Làng nghề thủ công")
            .add(CONG_DONG, "Cộng đồng", "Du lịch cộng đồng", "Nông nghiệp", "Nông thôn")
            .add(NGHI_DUONG, "Nghỉ dưỡng", "Nghỉ dưỡng sinh thái", "Resort")
            .add(VUI_CHOI_GIAI_TRI, "Vui chơi giải trí", "Giải trí", "Thể thao - giải trí", "Công viên")
            .build();
}
