package vn.vhttdl.hub.datasets.adminunit;

/**
 * One row of the old→new crosswalk: (part of) an old unit that went to a new commune.
 *
 * @param oldCommuneCode the old commune, {@code null} for a district that became one unit whole
 * @param oldCommuneName its name as the conversion table gives it
 * @param oldDistrictCode its district
 * @param newCommuneCode the new commune, {@code null} when the supplement lists the old commune
 *                       as unmappable
 * @param note           the table's note ({@code Nhập toàn bộ}, {@code Nhập một phần}...) or,
 *                       for the supplement, why the link was made or withheld
 * @param basis          where the link comes from
 */
public record CrosswalkLink(String oldCommuneCode, String oldCommuneName, String oldDistrictCode,
        String newCommuneCode, String note, Basis basis) {

    /** Where a crosswalk link comes from. */
    public enum Basis {
        /** the statistics office's conversion table */
        NSO_TABLE,
        /** the project's supplement for old communes the table lacks, with the reasoning in the note */
        SUPPLEMENT
    }
}
