package vn.vhttdl.hub.datasets.text;

/** How one word of a text reads, for deciding whether the text is Vietnamese. */
enum WordKind {
    /** digits and symbols only ({@code 1543}, {@code §}, {@code 30°}): says nothing */
    NO_LETTERS,
    /** plain ASCII ({@code BVHTTDL}, {@code Museum}): says nothing about the encoding */
    ASCII,
    /** an all-capital abbreviation with Đ ({@code QĐ}, {@code NĐ}): valid, but not a syllable */
    ABBREVIATION,
    /** a well-formed Vietnamese syllable */
    VIETNAMESE,
    /** letters beyond ASCII that spell no Vietnamese syllable ({@code Thæ}, {@code Müller}) */
    FOREIGN
}
