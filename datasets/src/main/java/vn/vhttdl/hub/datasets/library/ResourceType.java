package vn.vhttdl.hub.datasets.library;

import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * Loại tài liệu: the kind of a library item, with its Dublin Core type (DCMI Type Vocabulary) and
 * the MARC 21 leader's type of record and bibliographic level. The constant names are the codes
 * the ministry format carries beside the DCMI type.
 */
public enum ResourceType {
    SACH("Text", 'a', 'm'),
    BAO("Text", 'a', 's'),
    TAP_CHI("Text", 'a', 's'),
    LUAN_VAN("Text", 't', 'm'),
    BAN_DO("Image", 'e', 'm'),
    TRANH_ANH("StillImage", 'k', 'm'),
    AM_THANH("Sound", 'j', 'm'),
    PHIM("MovingImage", 'g', 'm'),
    TAI_LIEU_SO("Text", 'a', 'm');

    static final CodeSpellings<ResourceType> SPELLINGS = CodeSpellings.<ResourceType>builder(
                    "loại tài liệu", "resource type", "tài liệu", "loại")
            .add(SACH, "Sách", "Book", "Sách in", "S")
            .add(BAO, "Báo", "Newspaper", "Báo in")
            .add(TAP_CHI, "Tạp chí", "Journal", "Magazine", "TC")
            .add(LUAN_VAN, "Luận văn", "Luận án", "Khóa luận", "Thesis")
            .add(BAN_DO, "Bản đồ", "Map", "Atlas")
            .add(TRANH_ANH, "Tranh ảnh", "Ảnh", "Tranh", "Picture")
            .add(AM_THANH, "Âm thanh", "Băng đĩa nhạc", "CD", "Audio", "Sách nói")
            .add(PHIM, "Phim", "Video", "Băng hình", "DVD")
            .add(TAI_LIEU_SO, "Tài liệu số", "Sách điện tử", "Ebook", "E-book", "Số hóa", "PDF")
            .build();

    private final String dcmiType;
    private final char marcTypeOfRecord;
    private final char marcBibliographicLevel;

    ResourceType(String dcmiType, char marcTypeOfRecord, char marcBibliographicLevel) {
        this.dcmiType = dcmiType;
        this.marcTypeOfRecord = marcTypeOfRecord;
        this.marcBibliographicLevel = marcBibliographicLevel;
    }

    /** @return the DCMI Type Vocabulary term ({@code Text}, {@code StillImage}...) */
    public String dcmiType() {
        return dcmiType;
    }

    /** @return MARC 21 leader/06, type of record */
    public char marcTypeOfRecord() {
        return marcTypeOfRecord;
    }

    /** @return MARC 21 leader/07, bibliographic level ({@code m} monograph, {@code s} serial) */
    public char marcBibliographicLevel() {
        return marcBibliographicLevel;
    }
}
