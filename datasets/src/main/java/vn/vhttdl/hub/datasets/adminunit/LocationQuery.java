package vn.vhttdl.hub.datasets.adminunit;

/**
 * A location as a source row gives it, to be resolved to a commune of 1 July 2025. Every part is
 * optional text: a code or a name, old or new, with or without marks and unit words.
 *
 * @param communeCode 5-digit commune code, old or new ({@code 07693}, {@code 09187})
 * @param communeName commune name ({@code Xã Tân An}, {@code tan an}, {@code P. Kinh Bắc})
 * @param district    old district, code or name ({@code 213}, {@code TP Bắc Giang}); districts
 *                    were abolished in 2025, so naming one marks the data as old
 * @param province    province, old or new, code or name ({@code 27}, {@code Bắc Giang})
 */
public record LocationQuery(String communeCode, String communeName, String district, String province) {

    public LocationQuery {
        communeCode = blankToNull(communeCode);
        communeName = blankToNull(communeName);
        district = blankToNull(district);
        province = blankToNull(province);
    }

    /** A commune by code or name alone: digits are read as a code, anything else as a name. */
    public static LocationQuery commune(String codeOrName) {
        String value = blankToNull(codeOrName);
        if (value != null && value.chars().allMatch(Character::isDigit)) {
            return new LocationQuery(value, null, null, null);
        }
        return new LocationQuery(null, value, null, null);
    }

    public LocationQuery withName(String name) {
        return new LocationQuery(communeCode, name, district, province);
    }

    public LocationQuery inDistrict(String districtCodeOrName) {
        return new LocationQuery(communeCode, communeName, districtCodeOrName, province);
    }

    public LocationQuery inProvince(String provinceCodeOrName) {
        return new LocationQuery(communeCode, communeName, district, provinceCodeOrName);
    }

    /** @return the query as a message quotes it: {@code 07693 'Xã Tân An'} */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (communeCode != null) {
            text.append(communeCode);
        }
        if (communeName != null) {
            text.append(text.isEmpty() ? "" : " ").append('\'').append(communeName).append('\'');
        }
        return text.isEmpty() ? "(trống / empty)" : text.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
