package vn.vhttdl.hub.datasets.tthc;

/**
 * Trạng thái hồ sơ: the status of a dossier as the portal knows it (code list {@code
 * TrangThaiHoSo}, labels in {@code /codelists/dvcqg/trang-thai-ho-so.json}).
 */
public enum DossierStatus implements DvcqgCode {
    /** 1 Mới đăng ký: submitted online, not yet received by the one-stop desk. */
    NEWLY_REGISTERED("1"),
    /** 2 Được tiếp nhận. */
    ACCEPTED("2"),
    /** 3 Không được tiếp nhận: refused at the desk. */
    NOT_ACCEPTED("3"),
    /** 4 Đang xử lý. */
    IN_PROGRESS("4"),
    /** 5 Yêu cầu bổ sung giấy tờ. */
    SUPPLEMENT_REQUESTED("5"),
    /** 6 Yêu cầu thực hiện nghĩa vụ tài chính. */
    PAYMENT_REQUESTED("6"),
    /** 7 Công dân yêu cầu rút hồ sơ. */
    WITHDRAWN("7"),
    /** 8 Dừng xử lý. */
    STOPPED("8"),
    /** 9 Đã xử lý xong: the result is ready. */
    PROCESSED("9"),
    /** 10 Đã trả kết quả: the applicant has the result. */
    RESULT_RETURNED("10");

    private final String code;

    DossierStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
