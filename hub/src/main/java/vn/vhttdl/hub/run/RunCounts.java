package vn.vhttdl.hub.run;

/**
 * The counts of a run. They reconcile: {@code read = invalid + unchanged + enqueued} once
 * extraction ends, and {@code enqueued = delivered + deadLettered + pending} at any time.
 */
public record RunCounts(long read, long valid, long invalid, long skippedUnchanged, long enqueued, long delivered,
        long failed, long deadLettered, long repairedFields) {

    /** @return batches' records neither delivered nor dead-lettered yet */
    public long pending() {
        return enqueued - delivered - deadLettered;
    }
}
