package vn.vhttdl.hub.datasets.adminunit;

/**
 * A commune-level unit before 1 July 2025, under its district (huyện, quận, thị xã or city).
 *
 * @param code         5 digits, the pre-2025 statistics code; often re-used for a new unit
 * @param name         full name with its prefix ({@code Thị trấn Chờ})
 * @param districtCode 3 digits
 * @param provinceCode 2 digits, the old province ({@code 24} Bắc Giang, {@code 27} Bắc Ninh)
 */
public record OldCommune(String code, String name, String districtCode, String provinceCode) {

    /** @return {@code Xã Tân An (07693)}, as messages name it */
    public String label() {
        return name + " (" + code + ")";
    }
}
