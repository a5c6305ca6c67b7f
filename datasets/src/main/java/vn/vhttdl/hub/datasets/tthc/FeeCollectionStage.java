package vn.vhttdl.hub.datasets.tthc;

/** Hình thức thu: when a fee or charge (phí, lệ phí) is collected (code list {@code HinhThucThu}; there is no code 3). */
public enum FeeCollectionStage implements DvcqgCode {
    /** 1 Thu khi tiếp nhận hồ sơ. */
    ON_RECEIPT("1"),
    /** 2 Thu khi bổ sung hồ sơ. */
    ON_SUPPLEMENT("2"),
    /** 4 Thu khi trả kết quả. */
    ON_RESULT("4");

    private final String code;

    FeeCollectionStage(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
