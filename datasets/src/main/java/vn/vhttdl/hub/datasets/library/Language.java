package vn.vhttdl.hub.datasets.library;

import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * Ngôn ngữ of a library item, as the MARC 21 language codes (ISO 639-2/B) that both the Dublin
 * Core record and field 041 carry. "Hán" (Chinese) and "Hàn" (Korean) fold to the same letters,
 * so Chinese is recognised as "Trung", "Hán văn" or "Hán Nôm", never as a bare "Hán".
 */
public enum Language {
    VIE("vie"), ENG("eng"), FRE("fre"), CHI("chi"), RUS("rus"), GER("ger"), JPN("jpn"), KOR("kor"), LAO("lao"),
    KHM("khm"), THA("tha"), SPA("spa");

    static final CodeSpellings<Language> SPELLINGS = CodeSpellings.<Language>builder(
                    "ngôn ngữ", "language", "tiếng", "ngôn ngữ")
            .add(VIE, "Tiếng Việt", "Việt", "vie", "vi", "Vietnamese", "Quốc ngữ")
            .add(ENG, "Tiếng Anh", "Anh", "eng", "en", "English")
            .add(FRE, "Tiếng Pháp", "Pháp", "fre", "fra", "fr", "French")
            .add(CHI, "Tiếng Trung", "Trung", "chi", "zho", "zh", "Chinese", "Hán văn", "Hán Nôm")
            .add(RUS, "Tiếng Nga", "Nga", "rus", "ru", "Russian")
            .add(GER, "Tiếng Đức", "Đức", "ger", "deu", "de", "German")
            .add(JPN, "Tiếng Nhật", "Nhật", "jpn", "ja", "Japanese")
            .add(KOR, "Tiếng Hàn", "Hàn", "kor", "ko", "Korean")
            .add(LAO, "Tiếng Lào", "Lào", "lao", "lo")
            .add(KHM, "Tiếng Khmer", "Khmer", "khm", "km")
            .add(THA, "Tiếng Thái", "Thái", "tha", "th", "Thai")
            .add(SPA, "Tiếng Tây Ban Nha", "Tây Ban Nha", "spa", "es", "Spanish")
            .build();

    private final String marcCode;

    Language(String marcCode) {
        this.marcCode = marcCode;
    }

    /** @return the MARC 21 / ISO 639-2/B code */
    public String marcCode() {
        return marcCode;
    }
}
