package vn.vhttdl.sandbox.fault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where the sandbox is slow on purpose. */
public final class Slowness {

    private static final Logger log = LoggerFactory.getLogger(Slowness.class);

    private Slowness() {
    }

    /**
     * Holds the current request thread for {@code delayMs}. Blocking is the point: a slow
     * platform keeps the caller's connection open and unanswered, which is what the hub's timeouts
     * must cope with. Interrupted (the sandbox is shutting down), it answers at once.
     */
    public static void pause(long delayMs) {
        if (delayMs <= 0) {
            return;
        }
        try {
            Thread.sleep(delayMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.info("fault delay cut short after interruption (shutting down)");
        }
    }
}
