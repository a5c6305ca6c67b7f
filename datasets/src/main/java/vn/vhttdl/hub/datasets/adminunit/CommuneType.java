package vn.vhttdl.hub.datasets.adminunit;

/**
 * The kind of a commune-level unit. Since 1 July 2025 there are xã (rural communes), phường
 * (urban wards) and đặc khu (special zones, the former island districts); thị trấn (district
 * towns) existed only before, when districts did.
 */
public enum CommuneType {
    XA("Xã"),
    PHUONG("Phường"),
    DAC_KHU("Đặc khu"),
    THI_TRAN("Thị trấn");

    private final String prefix;

    CommuneType(String prefix) {
        this.prefix = prefix;
    }

    /** @return the word written before the name, {@code Phường} in {@code Phường Vũ Ninh} */
    public String prefix() {
        return prefix;
    }
}
