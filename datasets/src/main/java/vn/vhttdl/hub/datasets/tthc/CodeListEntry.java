package vn.vhttdl.hub.datasets.tthc;

/**
 * One code of a DVCQG code list, as {@code /codelists/dvcqg/*.json} holds it.
 *
 * @param code       the code the portal receives ({@code "4"})
 * @param labelVi    its Vietnamese name ({@code Đang xử lý})
 * @param labelEn    its English name
 * @param confidence how sure the reference is: H (several sources), M (one), G (unverified)
 */
public record CodeListEntry(String code, String labelVi, String labelEn, String confidence) {
}
