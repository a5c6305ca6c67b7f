package vn.vhttdl.sandbox.vnpt;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every call the stand-in VNPT LGSP received since start or the last clear, in arrival order. */
@Component
public class VnptCalls {

    /** Enough for any test or rehearsal; older calls are dropped so memory stays bounded. */
    private static final int KEPT = 10_000;

    private final List<VnptCall> calls = new ArrayList<>();

    synchronized void record(VnptCall call) {
        if (calls.size() == KEPT) {
            calls.remove(0);
        }
        calls.add(call);
    }

    /** @return the calls, oldest first */
    public synchronized List<VnptCall> all() {
        return List.copyOf(calls);
    }

    public synchronized void clear() {
        calls.clear();
    }
}
