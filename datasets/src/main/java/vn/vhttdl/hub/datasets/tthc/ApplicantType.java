package vn.vhttdl.hub.datasets.tthc;

/**
 * Loại đối tượng: who the applicant (chủ hồ sơ) is (code list {@code LoaiDoiTuong}). Codes 3 and 4
 * are added by some systems only; a portal that does not know them refuses the record.
 */
public enum ApplicantType implements DvcqgCode {
    /** 1 Công dân. */
    CITIZEN("1"),
    /** 2 Doanh nghiệp. */
    ENTERPRISE("2"),
    /** 3 Cơ quan nhà nước. */
    STATE_AGENCY("3"),
    /** 4 Tổ chức khác. */
    OTHER_ORGANISATION("4");

    private final String code;

    ApplicantType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
