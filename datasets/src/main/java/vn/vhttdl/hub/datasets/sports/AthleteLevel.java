package vn.vhttdl.hub.datasets.sports;

import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * Đẳng cấp vận động viên, conferred by the Ministry's sports authority on results: kiện tướng
 * (master), dự bị kiện tướng (candidate master), cấp 1 (first class), or none yet. The constant
 * names are the codes of the ministry format.
 */
public enum AthleteLevel {
    CHUA_PHONG_CAP, CAP_1, DU_BI_KIEN_TUONG, KIEN_TUONG;

    static final CodeSpellings<AthleteLevel> SPELLINGS = CodeSpellings.<AthleteLevel>builder(
                    "đẳng cấp vận động viên (kiện tướng, dự bị kiện tướng, cấp 1)",
                    "athlete grade (master, candidate master, first class)", "đẳng cấp", "vận động viên", "VĐV", "đạt")
            .add(CHUA_PHONG_CAP, "Chưa phong cấp", "Chưa có", "Không", "Chưa")
            .add(CAP_1, "Cấp 1", "Cấp I", "Cấp một", "VĐV cấp 1")
            .add(DU_BI_KIEN_TUONG, "Dự bị kiện tướng", "DBKT", "Dự bị KT")
            .add(KIEN_TUONG, "Kiện tướng", "KT", "Kiện tướng quốc gia")
            .build();
}
