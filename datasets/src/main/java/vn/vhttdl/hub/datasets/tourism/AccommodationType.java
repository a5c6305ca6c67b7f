package vn.vhttdl.hub.datasets.tourism;

import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * Loại cơ sở lưu trú du lịch under the Law on Tourism 2017 (art. 48). Only hotels, tourist villas,
 * tourist apartments and tourist boats are graded in stars; the others are only certified as
 * meeting the minimum standard. The constant names are the codes of the ministry format.
 */
public enum AccommodationType {
    KHACH_SAN(true),
    BIET_THU_DU_LICH(true),
    CAN_HO_DU_LICH(true),
    TAU_THUY_LUU_TRU(true),
    NHA_NGHI_DU_LICH(false),
    NHA_O_CO_PHONG_CHO_THUE(false),
    BAI_CAM_TRAI(false),
    KHAC(false);

    static final CodeSpellings<AccommodationType> SPELLINGS = CodeSpellings.<AccommodationType>builder(
                    "loại cơ sở lưu trú", "accommodation type", "cơ sở lưu trú", "loại hình", "du lịch")
            .add(KHACH_SAN, "Khách sạn", "KS", "Hotel", "Khách sạn nghỉ dưỡng", "Resort", "Khu nghỉ dưỡng")
            .add(BIET_THU_DU_LICH, "Biệt thự du lịch", "Biệt thự", "Villa")
            .add(CAN_HO_DU_LICH, "Căn hộ du lịch", "Căn hộ", "Apartment", "Condotel")
            .add(TAU_THUY_LUU_TRU, "Tàu thủy lưu trú du lịch", "Tàu thủy lưu trú", "Tàu thuỷ lưu trú", "Du thuyền")
            .add(NHA_NGHI_DU_LICH, "Nhà nghỉ du lịch", "Nhà nghỉ", "Guest house", "Motel")
            .add(NHA_O_CO_PHONG_CHO_THUE, "Nhà ở có phòng cho khách du lịch thuê", "Nhà ở có phòng cho thuê", "Homestay",
                    "Nhà dân", "Nhà ở có phòng cho khách thuê")
            .add(BAI_CAM_TRAI, "Bãi cắm trại du lịch", "Bãi cắm trại", "Camping", "Khu cắm trại")
            .add(KHAC, "Khác", "Cơ sở lưu trú khác")
            .build();

    private final boolean graded;

    AccommodationType(boolean graded) {
        this.graded = graded;
    }

    /** @return whether establishments of this type are graded in stars */
    public boolean graded() {
        return graded;
    }
}
