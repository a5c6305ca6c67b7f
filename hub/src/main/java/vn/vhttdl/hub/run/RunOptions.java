package vn.vhttdl.hub.run;

/**
 * How a run was asked for.
 *
 * @param dryRun extract, map and validate, but enqueue nothing and move no watermark
 * @param full   ignore the watermark and the ledger: resend every record (same idempotency keys)
 */
public record RunOptions(boolean dryRun, boolean full) {
}
