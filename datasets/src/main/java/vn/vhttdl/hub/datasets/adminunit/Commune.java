package vn.vhttdl.hub.datasets.adminunit;

/**
 * A commune-level unit since 1 July 2025 (3,321 of them), directly under its province.
 *
 * @param code         5 digits, Decision 19/2025/QĐ-TTg
 * @param name         full name with its prefix ({@code Phường Kinh Bắc})
 * @param type         xã, phường or đặc khu
 * @param provinceCode 2 digits
 */
public record Commune(String code, String name, CommuneType type, String provinceCode) {

    /** @return {@code Phường Kinh Bắc (09187)}, as messages name it */
    public String label() {
        return name + " (" + code + ")";
    }
}
