package vn.vhttdl.sandbox.vnpt;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The business-answer fault of the stand-in VNPT LGSP: the next N business calls that pass every
 * header check are answered HTTP 200 with a chosen {@code error_code} other than "0" and nothing
 * is stored — the platform's way of saying "refused" (or "busy") without an HTTP error.
 */
@Component
public class VnptFaults {

    private static final Logger log = LoggerFactory.getLogger(VnptFaults.class);

    /**
     * {@code POST /sandbox/api/lgsp-vnpt/faults}.
     *
     * @param errorCode the code to answer, not "0"
     * @param message   the message to answer; a default when absent
     * @param failNext  how many business calls get it
     */
    public record Fault(@NotBlank @Pattern(regexp = "(?!0$)[A-Za-z0-9_-]{1,16}", message = "must not be 0") String errorCode,
            String message, @PositiveOrZero int failNext) {
    }

    private Fault fault;
    private int remaining;

    public synchronized void set(Fault fault) {
        this.fault = fault;
        this.remaining = fault.failNext();
        log.info("fault lgsp-vnpt set errorCode={} failNext={}", fault.errorCode(), fault.failNext());
    }

    /** @return the refusal the next call gets, if any, counting it */
    synchronized Optional<Fault> take() {
        if (fault == null || remaining == 0) {
            return Optional.empty();
        }
        remaining--;
        log.info("fault lgsp-vnpt action=answer errorCode={} remaining={}", fault.errorCode(), remaining);
        return Optional.of(fault);
    }

    public synchronized void clear() {
        fault = null;
        remaining = 0;
    }
}
