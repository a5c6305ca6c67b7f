package vn.vhttdl.sandbox.tourism;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control API of the stand-in smart-tourism API (no authentication, like the rest of
 * {@code /sandbox/api}): its counts, its faults, updates of records, and a reset.
 */
@RestController
@RequestMapping("/sandbox/api/tourism")
public class TourismControlController {

    private static final Logger log = LoggerFactory.getLogger(TourismControlController.class);

    private final TourismRecords records;
    private final TourismFaults faults;

    public TourismControlController(TourismRecords records, TourismFaults faults) {
        this.records = records;
        this.faults = faults;
    }

    /** {@code {"accommodations","attractions","pageRequests","failedByFault","delayedByFault","fault":{…}}}. */
    @GetMapping("/stats")
    public Map<String, Object> stats() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("accommodations", records.size(TourismKind.ACCOMMODATIONS));
        answer.put("attractions", records.size(TourismKind.ATTRACTIONS));
        answer.putAll(faults.stats());
        answer.put("fault", faults.current());
        return answer;
    }

    /** Sets the fault (replacing the previous one); every field optional. */
    @PostMapping("/faults")
    public ResponseEntity<Object> fault(@RequestBody Map<String, Object> body) {
        int status = number(body, "status", 503);
        if (status < 400 || status > 599) {
            return ResponseEntity.badRequest().body(Map.of("message", "status phải từ 400 đến 599 / status must be 400–599"));
        }
        TourismFaults.Fault fault = new TourismFaults.Fault(status, number(body, "failNext", 0), number(body, "afterPages", 0),
                Math.min(number(body, "delayMs", 0), 600_000), number(body, "delayNext", 0));
        faults.set(fault);
        log.info("fault tourism set: {}", fault);
        return ResponseEntity.ok(fault);
    }

    /**
     * Updates the first {@code count} records of {@code resource} (address changed, update time
     * now), as users of the system would. @return {@code {"updated":[ids]}}
     */
    @PostMapping("/{resource}/updates")
    public ResponseEntity<Object> touch(@PathVariable String resource, @RequestBody Map<String, Object> body) {
        return TourismKind.byResource(resource)
                .<ResponseEntity<Object>>map(kind -> {
                    List<String> ids = records.touch(kind, number(body, "count", 1));
                    log.info("tourism {}: {} record(s) updated", resource, ids.size());
                    return ResponseEntity.ok(Map.of("updated", ids));
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message",
                        "Không có tài nguyên " + resource + " / no resource " + resource)));
    }

    /** Regenerates the records from the seed and clears faults and counts. */
    @DeleteMapping
    public ResponseEntity<Void> reset() {
        records.reset();
        faults.clear();
        faults.resetStats();
        return ResponseEntity.noContent().build();
    }

    private static int number(Map<String, Object> body, String field, int fallback) {
        Object value = body.get(field);
        return value instanceof Number n ? n.intValue() : fallback;
    }
}
