package vn.vhttdl.hub.datasets.tourism;

import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * The recognition of a tourist attraction under the Law on Tourism 2017 (art. 23–28): điểm du
 * lịch and khu du lịch cấp tỉnh (recognised by the provincial People's Committee), khu du lịch
 * quốc gia (by the Ministry), or not recognised yet. The constant names are the codes of the
 * ministry format.
 */
public enum AttractionLevel {
    CHUA_CONG_NHAN,
    DIEM_DU_LICH,
    KHU_DU_LICH_CAP_TINH,
    KHU_DU_LICH_QUOC_GIA;

    static final CodeSpellings<AttractionLevel> SPELLINGS = CodeSpellings.<AttractionLevel>builder(
                    "cấp công nhận (điểm du lịch, khu du lịch cấp tỉnh, khu du lịch quốc gia)",
                    "recognition level (tourist site, provincial or national tourist area)", "được", "công nhận", "là")
            .add(CHUA_CONG_NHAN, "Chưa công nhận", "Chưa", "Không", "Tiềm năng", "Điểm du lịch tiềm năng")
            .add(DIEM_DU_LICH, "Điểm du lịch", "ĐDL", "Điểm")
            .add(KHU_DU_LICH_CAP_TINH, "Khu du lịch cấp tỉnh", "KDL cấp tỉnh", "Khu du lịch tỉnh", "Khu du lịch địa phương",
                    "KDL tỉnh")
            .add(KHU_DU_LICH_QUOC_GIA, "Khu du lịch quốc gia", "KDL quốc gia", "KDL QG", "Khu du lịch QG")
            .build();
}
