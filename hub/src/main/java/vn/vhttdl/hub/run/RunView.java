package vn.vhttdl.hub.run;

import java.time.Instant;

/**
 * A run as the admin API shows it.
 *
 * @param reconciled whether the counts add up (see {@link RunCounts}); a false here is a defect to report
 */
public record RunView(String runId, String exchangeId, RunStatus status, String trigger, String requestedBy, boolean dryRun,
        boolean full, Instant startedAt, Instant extractedAt, Instant finishedAt, Instant watermarkFrom, Instant watermarkTo,
        RunCounts counts, boolean reconciled, String error) {
}
