package vn.vhttdl.hub.connectors.dvcqg;

/**
 * What {@link DvcqgClient#pushProgress} did.
 *
 * @param records progress steps accepted
 * @param chunks  calls made, one per chunk
 */
public record ProgressReport(int records, int chunks) {
}
