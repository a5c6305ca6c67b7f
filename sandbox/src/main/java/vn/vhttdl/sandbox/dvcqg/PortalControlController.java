package vn.vhttdl.sandbox.dvcqg;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control API of the stand-in portal (no authentication, like the rest of {@code /sandbox/api}):
 * what it holds, with add/update counts per MaHoSo, its counts, and the switch that expires
 * every session.
 */
@RestController
@RequestMapping("/sandbox/api/dvcqg")
public class PortalControlController {

    private static final Logger log = LoggerFactory.getLogger(PortalControlController.class);

    private final PortalDossiers dossiers;
    private final PortalSessions sessions;
    private final PortalStats stats;

    public PortalControlController(PortalDossiers dossiers, PortalSessions sessions, PortalStats stats) {
        this.dossiers = dossiers;
        this.sessions = sessions;
        this.stats = stats;
    }

    /** Every dossier held, in the order first added: {@code {"count", "dossiers":[…]}}. */
    @GetMapping("/dossiers")
    public Map<String, Object> dossiers() {
        List<DossierView> all = dossiers.all();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("count", all.size());
        answer.put("dossiers", all);
        return answer;
    }

    /** One dossier with its progress; 404 when the portal does not hold it. */
    @GetMapping("/dossiers/{maHoSo}")
    public ResponseEntity<Object> dossier(@PathVariable String maHoSo) {
        return dossiers.all().stream()
                .filter(view -> view.maHoSo().equals(maHoSo))
                .findFirst()
                .<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error_code", "404",
                        "message", "Không có hồ sơ " + maHoSo + " / no dossier " + maHoSo)));
    }

    /** Forgets every dossier, step and count; sessions stay valid. */
    @DeleteMapping("/dossiers")
    public ResponseEntity<Void> reset() {
        dossiers.clear();
        stats.reset();
        log.info("dvcqg dossiers and counts cleared");
        return ResponseEntity.noContent().build();
    }

    /** Expires every session issued so far, as the portal does when its sessions time out. */
    @PostMapping("/sessions/expire")
    public Map<String, Object> expireSessions() {
        int expired = sessions.expireAll();
        log.info("fault dvcqg sessions expired: {}", expired);
        return Map.of("expired", expired);
    }

    /** Logins, refusals and calls: {@code {"logins","refusedLogins","refusedSessions","callsByService","answersByErrorCode"}}. */
    @GetMapping("/stats")
    public Map<String, Object> stats() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("logins", sessions.logins());
        answer.put("refusedLogins", sessions.refusedLogins());
        answer.put("refusedSessions", sessions.refusedSessions());
        answer.put("callsByService", stats.callsByService());
        answer.put("answersByErrorCode", stats.answersByErrorCode());
        return answer;
    }
}
