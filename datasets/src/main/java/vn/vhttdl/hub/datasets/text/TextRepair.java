package vn.vhttdl.hub.datasets.text;

/** One kind of change {@link VietnameseTextRepair} made to a text. */
public enum TextRepair {
    /** zero-width characters (U+200B–U+200D, U+FEFF) or control characters removed */
    INVISIBLE_REMOVED,
    /** TCVN3 (ABC) text, held as Latin-1/CP1252 characters, converted to Unicode */
    TCVN3_DECODED,
    /** VNI-Windows text, held as Latin-1/CP1252 characters, converted to Unicode */
    VNI_DECODED,
    /** VIQR (RFC 1456: {@code DDi`nh} for {@code Đình}), 7-bit ASCII, converted to Unicode */
    VIQR_DECODED,
    /** Icelandic Ð/ð (U+00D0, U+00F0) in Vietnamese text replaced by Đ/đ (U+0110, U+0111) */
    ETH_REPLACED,
    /** decomposed Unicode (NFD, combining marks) composed to NFC */
    NFC_NORMALISED
}
