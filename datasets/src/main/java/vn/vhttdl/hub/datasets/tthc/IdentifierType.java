package vn.vhttdl.hub.datasets.tthc;

/** Loại định danh: the kind of a personal identification number (code list {@code LoaiDinhDanh}). */
public enum IdentifierType implements DvcqgCode {
    /** 1 Căn cước công dân: 12 digits. */
    CITIZEN_ID_CARD("1", 12),
    /** 2 Chứng minh nhân dân, the older card: 9 digits. */
    OLD_ID_CARD("2", 9);

    private final String code;
    private final int digits;

    IdentifierType(String code, int digits) {
        this.code = code;
        this.digits = digits;
    }

    @Override
    public String code() {
        return code;
    }

    /** @return how many digits a number of this kind has */
    public int digits() {
        return digits;
    }
}
