/**
 * The connector to the national public service portal (Cổng Dịch vụ công quốc gia, DVCQG):
 * a session login, JSON POSTs that carry {@code session}, {@code madonvi} (mã đơn vị: the
 * department's unit code on the portal) and {@code service}, the add-or-update rule of
 * {@code DongBoHoSoMC}, progress in chunks, and the classification of its failures.
 * Facts: {@code shared/reference/vn-government-integration.md} §2.
 */
package vn.vhttdl.hub.connectors.dvcqg;
