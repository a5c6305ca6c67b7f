package vn.vhttdl.hub.datasets.tthc;

/** Kênh thực hiện: how a dossier was submitted (code list {@code KenhThucHien}). */
public enum SubmissionChannel implements DvcqgCode {
    /** 1 Trực tiếp, at the one-stop desk. */
    IN_PERSON("1"),
    /** 2 Trực tuyến, on the public service portal. */
    ONLINE("2"),
    /** 3 Qua bưu chính công ích. */
    POSTAL("3");

    private final String code;

    SubmissionChannel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
