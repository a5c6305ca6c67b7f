package vn.vhttdl.hub.datasets.culture;

import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * Danh hiệu văn hóa of the movement "Toàn dân đoàn kết xây dựng đời sống văn hóa" (Decree
 * 86/2023/NĐ-CP): a family (gia đình văn hóa), a village (thôn, làng, bản, ấp văn hóa) or an
 * urban residential group (tổ dân phố văn hóa) recognised for a year. The constant names are the
 * codes of the ministry format.
 */
public enum CulturalTitleType {
    GIA_DINH_VAN_HOA,
    THON_VAN_HOA,
    TO_DAN_PHO_VAN_HOA;

    static final CodeSpellings<CulturalTitleType> SPELLINGS = CodeSpellings.<CulturalTitleType>builder(
                    "danh hiệu văn hóa (gia đình, thôn, tổ dân phố văn hóa)",
                    "cultural title (family, village, residential group)", "danh hiệu", "văn hóa", "văn hoá", "tiêu biểu")
            .add(GIA_DINH_VAN_HOA, "Gia đình văn hóa", "GĐVH", "Gia đình", "Hộ gia đình văn hóa")
            .add(THON_VAN_HOA, "Thôn văn hóa", "Làng văn hóa", "Bản văn hóa", "Ấp văn hóa", "Khu dân cư văn hóa", "Thôn",
                    "Làng", "Thôn, làng văn hóa", "TVH")
            .add(TO_DAN_PHO_VAN_HOA, "Tổ dân phố văn hóa", "TDP văn hóa", "Tổ dân phố", "Khu phố văn hóa", "TDPVH")
            .build();
}
