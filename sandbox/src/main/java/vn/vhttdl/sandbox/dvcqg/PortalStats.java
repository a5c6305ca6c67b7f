package vn.vhttdl.sandbox.dvcqg;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Counts of the stand-in portal's service calls, by service and by the error_code answered. */
@Component
public class PortalStats {

    private final Map<String, AtomicLong> callsByService = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> answersByErrorCode = new ConcurrentHashMap<>();

    public void answered(String service, Object errorCode) {
        callsByService.computeIfAbsent(service, key -> new AtomicLong()).incrementAndGet();
        answersByErrorCode.computeIfAbsent(String.valueOf(errorCode), key -> new AtomicLong()).incrementAndGet();
    }

    public Map<String, Long> callsByService() {
        return snapshot(callsByService);
    }

    public Map<String, Long> answersByErrorCode() {
        return snapshot(answersByErrorCode);
    }

    public void reset() {
        callsByService.clear();
        answersByErrorCode.clear();
    }

    private static Map<String, Long> snapshot(Map<String, AtomicLong> counts) {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((key, count) -> copy.put(key, count.get()));
        return copy;
    }
}
