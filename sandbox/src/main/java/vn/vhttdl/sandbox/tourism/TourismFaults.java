package vn.vhttdl.sandbox.tourism;

import org.springframework.stereotype.Component;

/**
 * Faults of the stand-in API, set through its control API, and what it answered. A fault skips
 * {@code afterPages} page requests, then answers the next {@code failNext} with {@code status}
 * and holds the next {@code delayNext} answers {@code delayMs} (a slow page).
 */
@Component
public class TourismFaults {

    /**
     * @param status     the failure's status (default 503)
     * @param failNext   page requests to fail
     * @param afterPages page requests served normally before the fault starts
     * @param delayMs    how long a slow page is held
     * @param delayNext  page requests to hold
     */
    public record Fault(int status, int failNext, int afterPages, long delayMs, int delayNext) {
    }

    /** What one page request is to get. */
    record Decision(int status, long delayMs) {
    }

    private Fault fault = new Fault(503, 0, 0, 0, 0);
    private int skipped;
    private int failuresLeft;
    private int delaysLeft;
    private long pageRequests;
    private long failedByFault;
    private long delayedByFault;

    public synchronized void set(Fault next) {
        fault = next;
        skipped = 0;
        failuresLeft = next.failNext();
        delaysLeft = next.delayNext();
    }

    public synchronized void clear() {
        set(new Fault(503, 0, 0, 0, 0));
    }

    /** Counts the request and decides its fate: status 0 means serve it. */
    synchronized Decision nextPage() {
        pageRequests++;
        if (skipped < fault.afterPages()) {
            skipped++;
            return new Decision(0, 0);
        }
        long delay = 0;
        if (delaysLeft > 0) {
            delaysLeft--;
            delayedByFault++;
            delay = fault.delayMs();
        }
        if (failuresLeft > 0) {
            failuresLeft--;
            failedByFault++;
            return new Decision(fault.status(), delay);
        }
        return new Decision(0, delay);
    }

    public synchronized Fault current() {
        return fault;
    }

    public synchronized java.util.Map<String, Object> stats() {
        return java.util.Map.of("pageRequests", pageRequests, "failedByFault", failedByFault, "delayedByFault",
                delayedByFault);
    }

    public synchronized void resetStats() {
        pageRequests = 0;
        failedByFault = 0;
        delayedByFault = 0;
    }
}
