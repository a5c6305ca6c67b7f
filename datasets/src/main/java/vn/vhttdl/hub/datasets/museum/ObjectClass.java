package vn.vhttdl.hub.datasets.museum;

import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * Loại hiện vật under the Heritage Law (Luật Di sản văn hóa 45/2024/QH15): di vật (a relic object
 * of historical, cultural or scientific value), cổ vật (an antique: such an object of 100 years or
 * more) and bảo vật quốc gia (a national treasure, recognised by the Prime Minister). The constant
 * names are the codes of the ministry format.
 */
public enum ObjectClass {
    DI_VAT,
    CO_VAT,
    BAO_VAT_QUOC_GIA;

    /** How the museum catalogue writes the class. */
    static final CodeSpellings<ObjectClass> SPELLINGS = CodeSpellings.<ObjectClass>builder(
                    "loại hiện vật (di vật, cổ vật, bảo vật quốc gia)", "object class (di vật, cổ vật, bảo vật quốc gia)",
                    "hien vat", "loai", "la")
            .add(DI_VAT, "Di vật", "DV", "Di vật thường")
            .add(CO_VAT, "Cổ vật", "CV")
            .add(BAO_VAT_QUOC_GIA, "Bảo vật quốc gia", "BVQG", "Bảo vật", "Bảo vật QG")
            .build();
}
