package vn.vhttdl.hub.datasets.adminunit;

/**
 * A district-level unit before 1 July 2025; the level was abolished then.
 *
 * @param code         3 digits ({@code 218}: Huyện Lục Nam)
 * @param name         full name with its prefix
 * @param provinceCode 2 digits, the old province
 */
public record OldDistrict(String code, String name, String provinceCode) {
}
