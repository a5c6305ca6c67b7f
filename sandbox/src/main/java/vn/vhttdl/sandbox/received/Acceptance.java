package vn.vhttdl.sandbox.received;

/**
 * The outcome of handing a valid batch to the store.
 *
 * @param receipt the receipt to answer with
 * @param repeat  whether the batch had been accepted before (nothing new was stored)
 */
public record Acceptance(Receipt receipt, boolean repeat) {
}
