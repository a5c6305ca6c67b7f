package vn.vhttdl.sandbox.tourism;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vhttdl.sandbox.fault.Slowness;

/**
 * The smart-tourism system's read API, as the department's system publishes it behind the
 * platform's gateway (a bearer token from {@code POST /token} is required, see
 * {@code ReceiverSecurityConfig}):
 *
 * <pre>
 * GET /du-lich/api/v1/{co-so-luu-tru|diem-du-lich}?limit=100&amp;cursor=…&amp;updatedSince=2025-01-01T00:00:00+07:00
 * 200 {"data":[…], "paging":{"limit":100, "nextCursor":"…"|null}}
 * </pre>
 *
 * Items come in update-time order, then id; {@code updatedSince} keeps those updated strictly
 * after it; {@code nextCursor} is opaque and null on the last page.
 */
@RestController
@RequestMapping("/du-lich/api/v1")
public class TourismApiController {

    private static final Logger log = LoggerFactory.getLogger(TourismApiController.class);

    private final TourismRecords records;
    private final TourismFaults faults;
    private final TourismApiProperties properties;

    public TourismApiController(TourismRecords records, TourismFaults faults, TourismApiProperties properties) {
        this.records = records;
        this.faults = faults;
        this.properties = properties;
    }

    @GetMapping("/{resource}")
    public ResponseEntity<Map<String, Object>> page(@PathVariable String resource,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String updatedSince) {
        Optional<TourismKind> kind = TourismKind.byResource(resource);
        if (kind.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "NOT_FOUND", "Không có tài nguyên " + resource, "no resource " + resource);
        }
        int size = limit == null ? properties.getDefaultPageSize() : limit;
        if (size < 1 || size > properties.getMaxPageSize()) {
            return error(HttpStatus.BAD_REQUEST, "INVALID_LIMIT", "limit phải từ 1 đến " + properties.getMaxPageSize(),
                    "limit must be between 1 and " + properties.getMaxPageSize());
        }
        TourismCursor after = null;
        if (cursor != null && !cursor.isEmpty()) {
            after = TourismCursor.decode(cursor).orElse(null);
            if (after == null) {
                return error(HttpStatus.BAD_REQUEST, "INVALID_CURSOR", "cursor không hợp lệ", "malformed cursor");
            }
        }
        Instant since = null;
        if (updatedSince != null && !updatedSince.isEmpty()) {
            try {
                since = OffsetDateTime.parse(updatedSince).toInstant();
            } catch (DateTimeParseException e) {
                return error(HttpStatus.BAD_REQUEST, "INVALID_UPDATED_SINCE",
                        "updatedSince phải là ngày giờ ISO 8601 có múi giờ", "updatedSince must be an ISO 8601 date-time with offset");
            }
        }
        TourismFaults.Decision decision = faults.nextPage();
        Slowness.pause(decision.delayMs());
        if (decision.status() != 0) {
            log.info("fault tourism {} page answered {}", resource, decision.status());
            return error(decision.status(), "FAULT", "Lỗi giả lập", "injected fault");
        }
        TourismRecords.Page page = records.page(kind.get(), since, after, size);
        Map<String, Object> paging = new LinkedHashMap<>();
        paging.put("limit", size);
        paging.put("nextCursor", page.nextCursor());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", page.items());
        body.put("paging", paging);
        return ResponseEntity.ok(body);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String vi, String en) {
        return error(status.value(), code, vi, en);
    }

    private static ResponseEntity<Map<String, Object>> error(int status, String code, String vi, String en) {
        return ResponseEntity.status(status).body(Map.of("code", code, "message", vi + " / " + en));
    }
}
