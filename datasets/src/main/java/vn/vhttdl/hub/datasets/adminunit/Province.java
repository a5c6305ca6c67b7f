package vn.vhttdl.hub.datasets.adminunit;

/**
 * A province-level unit since 1 July 2025 (34 of them): a tỉnh or a centrally-run city.
 *
 * @param code 2 digits, Decision 19/2025/QĐ-TTg ({@code 24}: Bắc Ninh)
 * @param name full name with its prefix ({@code Tỉnh Bắc Ninh})
 */
public record Province(String code, String name) {
}
