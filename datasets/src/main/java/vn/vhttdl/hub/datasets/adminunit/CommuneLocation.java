package vn.vhttdl.hub.datasets.adminunit;

/**
 * Where a record lies, as the target formats carry it: a commune of 1 July 2025 and its province.
 * Before resolution, or when it failed, the fields hold what the source gave.
 *
 * @param communeCode  mã xã, 5 digits
 * @param communeName  tên xã, with its unit word ({@code Phường Kinh Bắc})
 * @param provinceCode mã tỉnh, 2 digits
 */
public record CommuneLocation(String communeCode, String communeName, String provinceCode) {
}
