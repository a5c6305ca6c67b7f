package vn.vhttdl.hub.datasets.sports;

import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * Môn thể thao: the sports the province's events and athletes are recorded in, traditional ones
 * (vật, đẩy gậy, kéo co, cờ tướng) included. The constant names are the codes of the ministry
 * formats.
 */
public enum Sport {
    BONG_DA, FUTSAL, BONG_CHUYEN, BONG_RO, CAU_LONG, BONG_BAN, QUAN_VOT, PICKLEBALL, DIEN_KINH, BOI_LOI,
    CO_TUONG, CO_VUA, VAT, VO_CO_TRUYEN, VOVINAM, KARATE, TAEKWONDO, PENCAK_SILAT, JUDO, QUYEN_ANH, DUA_THUYEN,
    KEO_CO, DAY_GAY, DA_CAU, BI_SAT, XE_DAP, CU_TA, BAN_CUNG, THE_DUC_DUNG_CU, AEROBIC, VIET_DA;

    /** How the sports software and event organisers write the sport. */
    static final CodeSpellings<Sport> SPELLINGS = spellings();

    private static CodeSpellings<Sport> spellings() {
        return CodeSpellings.<Sport>builder("môn thể thao", "sport", "môn", "thi đấu", "thể thao")
                .add(BONG_DA, "Bóng đá", "Bóng đá nam", "Bóng đá 11 người", "Bóng đá 7 người", "Football", "Soccer")
                .add(FUTSAL, "Futsal", "Bóng đá trong nhà", "Bóng đá 5 người")
                .add(BONG_CHUYEN, "Bóng chuyền", "Bóng chuyền hơi", "Bóng chuyền bãi biển", "Volleyball")
                .add(BONG_RO, "Bóng rổ", "Basketball")
                .add(CAU_LONG, "Cầu lông", "Badminton")
                .add(BONG_BAN, "Bóng bàn", "Table tennis")
                .add(QUAN_VOT, "Quần vợt", "Tennis", "Ten-nít")
                .add(PICKLEBALL, "Pickleball")
                .add(DIEN_KINH, "Điền kinh", "Athletics", "Chạy")
                .add(BOI_LOI, "Bơi lội", "Bơi", "Swimming")
                .add(CO_TUONG, "Cờ tướng", "Xiangqi")
                .add(CO_VUA, "Cờ vua", "Chess")
                .add(VAT, "Vật", "Vật dân tộc", "Vật tự do", "Vật cổ điển", "Wrestling")
                .add(VO_CO_TRUYEN, "Võ cổ truyền", "Võ thuật cổ truyền", "Võ cổ truyền Việt Nam")
                .add(VOVINAM, "Vovinam", "Việt võ đạo")
                .add(KARATE, "Karate", "Karatedo")
                .add(TAEKWONDO, "Taekwondo")
                .add(PENCAK_SILAT, "Pencak silat", "Pencak-silat")
                .add(JUDO, "Judo")
                .add(QUYEN_ANH, "Quyền anh", "Boxing")
                .add(DUA_THUYEN, "Đua thuyền", "Bơi chải", "Đua thuyền truyền thống", "Rowing", "Canoeing")
                .add(KEO_CO, "Kéo co")
                .add(DAY_GAY, "Đẩy gậy")
                .add(DA_CAU, "Đá cầu")
                .add(BI_SAT, "Bi sắt", "Pétanque", "Petanque")
                .add(XE_DAP, "Xe đạp", "Đua xe đạp", "Cycling")
                .add(CU_TA, "Cử tạ", "Weightlifting")
                .add(BAN_CUNG, "Bắn cung", "Archery")
                .add(THE_DUC_DUNG_CU, "Thể dục dụng cụ", "Gymnastics")
                .add(AEROBIC, "Aerobic", "Thể dục nhịp điệu")
                .add(VIET_DA, "Việt dã", "Chạy việt dã", "Marathon", "Half marathon")
                .build();
    }
}
