package vn.vhttdl.sandbox.token;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * How many times {@code POST /token} was called, answered or not. The hub must cache its token
 * and refresh it shortly before expiry, never per request; tests prove that with this count.
 */
@Component
public class TokenRequests {

    private final AtomicLong count = new AtomicLong();

    void record() {
        count.incrementAndGet();
    }

    /** @return token requests since start or the last reset */
    public long count() {
        return count.get();
    }

    /** Starts counting from zero again. */
    public void reset() {
        count.set(0);
    }
}
