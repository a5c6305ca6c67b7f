package vn.vhttdl.hub.datasets.tourism;

import java.util.Optional;
import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * Hạng sao of a graded establishment (TCVN 4391:2015 for hotels): 1 to 5 stars, or not graded.
 */
enum StarGrade {
    CHUA_XEP_HANG(null), MOT(1), HAI(2), BA(3), BON(4), NAM(5);

    static final CodeSpellings<StarGrade> SPELLINGS = CodeSpellings.<StarGrade>builder(
                    "hạng sao (1–5)", "star grade (1–5)", "hạng", "xếp hạng", "đạt", "tiêu chuẩn")
            .add(CHUA_XEP_HANG, "Chưa xếp hạng", "Không", "Chưa", "Không xếp hạng", "Đạt chuẩn", "0")
            .add(MOT, "1 sao", "1", "Một sao", "1 star")
            .add(HAI, "2 sao", "2", "Hai sao", "2 stars")
            .add(BA, "3 sao", "3", "Ba sao", "3 stars")
            .add(BON, "4 sao", "4", "Bốn sao", "4 stars")
            .add(NAM, "5 sao", "5", "Năm sao", "5 stars")
            .build();

    private final Integer stars;

    StarGrade(Integer stars) {
        this.stars = stars;
    }

    Integer stars() {
        return stars;
    }

    /**
     * Reads {@code 3 sao}, {@code Ba sao}, {@code 3*}, {@code ***} or {@code ★★★}.
     *
     * @return the grade, or empty when the text names none
     */
    static Optional<StarGrade> parse(String text) {
        if (text != null && text.strip().matches("[*★☆]{1,5}")) {
            return Optional.of(values()[text.strip().length()]);
        }
        if (text != null && text.strip().matches("[1-5] ?[*★]")) {
            return Optional.of(values()[text.strip().charAt(0) - '0']);
        }
        return SPELLINGS.parse(text);
    }
}
