package vn.vhttdl.hub.datasets.heritage;

import java.util.Map;
import java.util.Optional;
import vn.vhttdl.hub.datasets.code.SpellingCache;
import vn.vhttdl.hub.datasets.text.VietnameseFolding;

/**
 * Loại hình di tích: the type of a relic under the Heritage Law. "Lịch sử" covers the
 * historical-cultural relics (di tích lịch sử - văn hóa, including revolutionary sites). The
 * constant names are the codes of the ministry format.
 */
public enum HeritageType {
    LICH_SU("Lịch sử"),
    KIEN_TRUC_NGHE_THUAT("Kiến trúc nghệ thuật"),
    KHAO_CO("Khảo cổ"),
    DANH_LAM_THANG_CANH("Danh lam thắng cảnh");

    /** Folded source spellings with "di tích", "di chỉ" and "loại hình" removed and spaces squeezed out. */
    private static final Map<String, HeritageType> SPELLINGS = Map.ofEntries(
            Map.entry("lichsu", LICH_SU),
            Map.entry("ls", LICH_SU),
            Map.entry("lichsuvanhoa", LICH_SU),
            Map.entry("lsvh", LICH_SU),
            Map.entry("lichsucachmang", LICH_SU),
            Map.entry("kientrucnghethuat", KIEN_TRUC_NGHE_THUAT),
            Map.entry("ktnt", KIEN_TRUC_NGHE_THUAT),
            Map.entry("kientruc", KIEN_TRUC_NGHE_THUAT),
            Map.entry("khaoco", KHAO_CO),
            Map.entry("khaocohoc", KHAO_CO),
            Map.entry("danhlamthangcanh", DANH_LAM_THANG_CANH),
            Map.entry("danhthang", DANH_LAM_THANG_CANH),
            Map.entry("danhlam", DANH_LAM_THANG_CANH),
            Map.entry("thangcanh", DANH_LAM_THANG_CANH),
            Map.entry("dltc", DANH_LAM_THANG_CANH));

    private static final SpellingCache<Optional<HeritageType>> READINGS = new SpellingCache<>(256, HeritageType::read);

    private final String label;

    HeritageType(String label) {
        this.label = label;
    }

    /** @return the Vietnamese name, as the console shows it */
    public String label() {
        return label;
    }

    /**
     * Reads the free text a source system holds, insensitive to case, marks, spacing and the
     * words "di tích", "di chỉ", "loại hình" ({@code Kiến trúc - nghệ thuật}, {@code KTNT},
     * {@code Danh thắng}...).
     *
     * @return the type, or empty when the text is blank or names no known type
     */
    public static Optional<HeritageType> fromSourceText(String text) {
        return READINGS.read(text);
    }

    private static Optional<HeritageType> read(String text) {
        String folded = VietnameseFolding.fold(text);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        String key = SourceSpelling.key(folded, "di tich", "di chi", "loai hinh");
        return Optional.ofNullable(SPELLINGS.get(key));
    }
}
