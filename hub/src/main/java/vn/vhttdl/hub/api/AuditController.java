package vn.vhttdl.hub.api;

import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vhttdl.hub.audit.AuditEvent;
import vn.vhttdl.hub.audit.AuditTrail;
import vn.vhttdl.hub.audit.ChainVerdict;

/** The audit trail and its verification. */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

    private final AuditTrail audit;

    public AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    public List<AuditEvent> find(@RequestParam(required = false) String exchange, @RequestParam(required = false) String runId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "1000") int limit) {
        return audit.find(exchange, runId, from, to, limit);
    }

    @GetMapping("/verify")
    public ChainVerdict verify() {
        return audit.verify();
    }
}
