package vn.vhttdl.hub.datasets.adminunit;

import java.util.Set;

/**
 * A province before 1 July 2025 (63 of them).
 *
 * @param code             2 digits; may equal a new code of another province
 * @param name             full name ({@code Tỉnh Bắc Giang})
 * @param newProvinceCodes the new provinces its communes went to (one, save a few border communes)
 */
public record OldProvince(String code, String name, Set<String> newProvinceCodes) {

    public OldProvince {
        newProvinceCodes = Set.copyOf(newProvinceCodes);
    }
}
