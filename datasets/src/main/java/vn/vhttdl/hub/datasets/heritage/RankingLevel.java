package vn.vhttdl.hub.datasets.heritage;

import java.util.Map;
import java.util.Optional;
import vn.vhttdl.hub.datasets.code.SpellingCache;
import vn.vhttdl.hub.datasets.text.VietnameseFolding;

/**
 * Cấp xếp hạng: the ranking level of a relic under the Heritage Law — unranked, provincial
 * (decided by the provincial People's Committee), national (by the Ministry) or special national
 * (by the Prime Minister). The constant names are the codes of the ministry format.
 */
public enum RankingLevel {
    CHUA_XEP_HANG("Chưa xếp hạng"),
    CAP_TINH("Cấp tỉnh"),
    QUOC_GIA("Quốc gia"),
    QUOC_GIA_DAC_BIET("Quốc gia đặc biệt");

    /**
     * Folded source spellings (see {@link VietnameseFolding}) with "di tích", "xếp hạng" and
     * "cấp" removed and spaces squeezed out: "Di tích quốc gia ĐB" becomes {@code quocgiadb}.
     */
    private static final Map<String, RankingLevel> SPELLINGS = Map.ofEntries(
            Map.entry("quocgiadacbiet", QUOC_GIA_DAC_BIET),
            Map.entry("qgdacbiet", QUOC_GIA_DAC_BIET),
            Map.entry("quocgiadb", QUOC_GIA_DAC_BIET),
            Map.entry("qgdb", QUOC_GIA_DAC_BIET),
            Map.entry("dacbiet", QUOC_GIA_DAC_BIET),
            Map.entry("quocgia", QUOC_GIA),
            Map.entry("qg", QUOC_GIA),
            Map.entry("tinh", CAP_TINH),
            Map.entry("tinhthanhpho", CAP_TINH),
            Map.entry("chua", CHUA_XEP_HANG),
            Map.entry("chuaxh", CHUA_XEP_HANG),
            Map.entry("khong", CHUA_XEP_HANG));

    private static final SpellingCache<Optional<RankingLevel>> READINGS = new SpellingCache<>(256, RankingLevel::read);

    private final String label;

    RankingLevel(String label) {
        this.label = label;
    }

    /** @return the Vietnamese name, as the console shows it */
    public String label() {
        return label;
    }

    /**
     * Reads the free text a source system holds: case, marks, spacing and the words "di tích",
     * "xếp hạng", "cấp" do not matter ({@code Quốc gia đặc biệt}, {@code QG đặc biệt},
     * {@code QGĐB}, {@code Cấp tỉnh}, {@code Tỉnh}...). No value at all means unranked.
     *
     * @return the level, or empty when the text names no known level ({@code Cấp huyện})
     */
    public static Optional<RankingLevel> fromSourceText(String text) {
        return READINGS.read(text);
    }

    private static Optional<RankingLevel> read(String text) {
        String folded = VietnameseFolding.fold(text);
        if (folded.isEmpty()) {
            return Optional.of(CHUA_XEP_HANG);
        }
        String key = SourceSpelling.key(folded, "di tich", "xep hang", "cap");
        return Optional.ofNullable(SPELLINGS.get(key));
    }
}
