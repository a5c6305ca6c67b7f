/**
 * Hồ sơ thủ tục hành chính (TTHC): the administrative-procedure dossiers of the department's
 * one-stop system (hệ thống một cửa điện tử), and their synchronisation to the national public
 * service portal (Cổng Dịch vụ công quốc gia, DVCQG).
 *
 * <p>Two datasets: {@link vn.vhttdl.hub.datasets.tthc.TthcDossierDataset} ({@code tthc-dossier},
 * one record per dossier, sent with the portal's {@code DongBoHoSoMC} service) and
 * {@link vn.vhttdl.hub.datasets.tthc.TthcDossierProgressDataset} ({@code tthc-dossier-progress},
 * one record per processing step, sent with {@code CapNhatTienDoHoSoMC}). The portal's codes are
 * data ({@code /codelists/dvcqg/*.json} in the schemas module), read by {@link
 * vn.vhttdl.hub.datasets.tthc.DvcqgCodeList}.
 *
 * <p>Dossiers hold personal data (ID numbers, phones, e-mails: Law 91/2025 on personal data
 * protection). It is sent to the portal and nowhere else: refusals, exceptions and
 * {@code toString()} never carry it, or carry it masked by {@link
 * vn.vhttdl.hub.datasets.tthc.PersonalData}.
 */
package vn.vhttdl.hub.datasets.tthc;
