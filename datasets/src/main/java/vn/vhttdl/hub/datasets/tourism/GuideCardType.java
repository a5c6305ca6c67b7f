package vn.vhttdl.hub.datasets.tourism;

import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * Loại thẻ hướng dẫn viên du lịch under the Law on Tourism 2017 (art. 58): quốc tế (guides
 * international and domestic visitors in Vietnam and abroad), nội địa (domestic visitors), tại
 * điểm (at one tourist site). The constant names are the codes of the ministry format.
 */
public enum GuideCardType {
    QUOC_TE('1'),
    NOI_DIA('2'),
    TAI_DIEM('3');

    /** How the tourism-management software writes the card type. */
    static final CodeSpellings<GuideCardType> SPELLINGS = CodeSpellings.<GuideCardType>builder(
                    "loại thẻ hướng dẫn viên (quốc tế, nội địa, tại điểm)", "guide card type (quốc tế, nội địa, tại điểm)",
                    "thẻ", "HDV", "hướng dẫn viên", "du lịch", "loại")
            .add(QUOC_TE, "Quốc tế", "QT", "HDV quốc tế", "International", "Thẻ quốc tế")
            .add(NOI_DIA, "Nội địa", "ND", "HDV nội địa", "Domestic")
            .add(TAI_DIEM, "Tại điểm", "TĐ", "HDV tại điểm", "Điểm", "On-site")
            .build();

    private final char cardNumberDigit;

    GuideCardType(char cardNumberDigit) {
        this.cardNumberDigit = cardNumberDigit;
    }

    /** @return the first digit of a card number of this type (Circular 06/2017/TT-BVHTTDL) */
    public char cardNumberDigit() {
        return cardNumberDigit;
    }

    /** @return whether cards of this type carry an expiry date: on-site cards do not */
    public boolean expires() {
        return this != TAI_DIEM;
    }
}
