package vn.vhttdl.hub.datasets.tourism;

import java.util.ArrayList;
import java.util.List;
import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * Ngoại ngữ: a language an international guide works in, sent as its ISO 639-1 code.
 */
public enum ForeignLanguage {
    ENGLISH("en"), FRENCH("fr"), CHINESE("zh"), JAPANESE("ja"), KOREAN("ko"), RUSSIAN("ru"), GERMAN("de"),
    SPANISH("es"), ITALIAN("it"), THAI("th"), LAO("lo"), KHMER("km"), PORTUGUESE("pt"), INDONESIAN("id");

    static final CodeSpellings<ForeignLanguage> SPELLINGS = CodeSpellings.<ForeignLanguage>builder(
                    "ngoại ngữ", "foreign language", "tieng", "ngon ngu", "van")
            .add(ENGLISH, "Tiếng Anh", "Anh", "Anh văn", "English", "en", "eng")
            .add(FRENCH, "Tiếng Pháp", "Pháp", "Pháp văn", "French", "fr", "fre")
            .add(CHINESE, "Tiếng Trung", "Trung", "Trung Quốc", "Hoa", "Tiếng Hoa", "Chinese", "zh", "chi")
            .add(JAPANESE, "Tiếng Nhật", "Nhật", "Nhật Bản", "Japanese", "ja", "jpn")
            .add(KOREAN, "Tiếng Hàn", "Hàn", "Hàn Quốc", "Korean", "ko", "kor")
            .add(RUSSIAN, "Tiếng Nga", "Nga", "Russian", "ru", "rus")
            .add(GERMAN, "Tiếng Đức", "Đức", "German", "de", "ger")
            .add(SPANISH, "Tiếng Tây Ban Nha", "Tây Ban Nha", "Spanish", "es", "spa")
            .add(ITALIAN, "Tiếng Ý", "Ý", "Italia", "Italian", "it", "ita")
            .add(THAI, "Tiếng Thái", "Thái", "Thái Lan", "Thai", "th", "tha")
            .add(LAO, "Tiếng Lào", "Lào", "Lao", "lo")
            .add(KHMER, "Tiếng Khmer", "Khmer", "Campuchia", "km", "khm")
            .add(PORTUGUESE, "Tiếng Bồ Đào Nha", "Bồ Đào Nha", "Portuguese", "pt", "por")
            .add(INDONESIAN, "Tiếng Indonesia", "Indonesia", "Bahasa Indonesia", "id", "ind")
            .build();

    private final String isoCode;

    ForeignLanguage(String isoCode) {
        this.isoCode = isoCode;
    }

    /** @return the ISO 639-1 code */
    public String isoCode() {
        return isoCode;
    }

    /**
     * Splits a list as people write it: {@code Tiếng Anh, Tiếng Pháp}, {@code Anh; Trung},
     * {@code Anh - Nhật}, {@code Anh và Hàn}.
     *
     * @return the parts, stripped; empty for blank text
     */
    static List<String> splitList(String text) {
        List<String> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        for (String part : text.split("[,;/+]| - | và | va | and ")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
