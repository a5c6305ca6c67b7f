package vn.vhttdl.sandbox.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vhttdl.sandbox.receiver.BatchJson;
import vn.vhttdl.sandbox.receiver.BatchTooLargeException;
import vn.vhttdl.sandbox.receiver.MalformedBatchException;

/**
 * The stand-in portal's adapter: {@code POST /dvcqg/login} and {@code POST /dvcqg/service}. As
 * the portal does, it answers HTTP 200 with an {@code error_code} for everything it understood,
 * including a refused login, an expired session and invalid data; only a body that is not JSON
 * gets an HTTP error. Logs one line per call: service, record count, error_code; never the
 * password, the session or a record.
 */
@RestController
@RequestMapping(path = "/dvcqg", produces = MediaType.APPLICATION_JSON_VALUE)
public class PortalController {

    private static final Logger log = LoggerFactory.getLogger(PortalController.class);
    private static final String UNIT_CODE = "[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}";

    private final DvcqgSandboxProperties properties;
    private final PortalSessions sessions;
    private final PortalStats stats;
    private final BatchJson json;
    private final Map<String, PortalService> services;

    public PortalController(DvcqgSandboxProperties properties, PortalSessions sessions, PortalStats stats, BatchJson json,
            List<PortalService> services) {
        this.properties = properties;
        this.sessions = sessions;
        this.stats = stats;
        this.json = json;
        this.services = services.stream().collect(Collectors.toMap(PortalService::name, Function.identity()));
    }

    /** {@code {"username","password"}} → {@code {"session","error_code":0}}, or {@code error_code 1}. */
    @PostMapping("/login")
    public ResponseEntity<PortalAnswer> login(HttpServletRequest request) throws IOException {
        JsonNode call;
        try {
            call = json.parse(json.read(request.getInputStream()));
        } catch (MalformedBatchException | BatchTooLargeException e) {
            return malformed("login");
        }
        // both compared, always: the answer time must not tell whether the user name was right
        boolean accepted = same(properties.getUsername(), call.path("username").asText(null))
                & same(properties.getPassword(), call.path("password").asText(null));
        if (!accepted) {
            sessions.refusedLogin();
            log.info("dvcqg login refused");
            return ResponseEntity.ok(PortalAnswer.loginRefused());
        }
        log.info("dvcqg login of {}", properties.getUsername());
        return ResponseEntity.ok(PortalAnswer.loggedIn(sessions.open()));
    }

    /** {@code {"session","madonvi","service", ...}} → the service's answer. */
    @PostMapping("/service")
    public ResponseEntity<PortalAnswer> service(HttpServletRequest request) throws IOException {
        JsonNode call;
        try {
            call = json.parse(json.read(request.getInputStream()));
        } catch (MalformedBatchException | BatchTooLargeException e) {
            return malformed("service");
        }
        String name = call.path("service").asText("");
        PortalAnswer answer = answer(call, name);
        stats.answered(name.isEmpty() ? "(none)" : name, answer.errorCode());
        log.info("dvcqg {} records={} error_code={}", name, call.path("data").size(), answer.errorCode());
        return ResponseEntity.ok(answer);
    }

    private PortalAnswer answer(JsonNode call, String name) {
        JsonNode session = call.get("session");
        if (session == null || !session.isTextual() || !sessions.isValid(session.asText())) {
            return PortalAnswer.error(properties.getSessionExpiredErrorCode(),
                    "Phiên làm việc đã hết hạn hoặc không hợp lệ, hãy đăng nhập lại / the session has expired or is not "
                            + "valid; log in again");
        }
        String unit = call.path("madonvi").asText("");
        if (!(properties.getMadonvi().isEmpty() ? unit.matches(UNIT_CODE) : unit.equals(properties.getMadonvi()))) {
            return PortalAnswer.error(PortalAnswer.BAD_REQUEST, "Mã đơn vị (madonvi) thiếu hoặc không được phép / the unit "
                    + "code (madonvi) is missing or not allowed");
        }
        PortalService service = services.get(name);
        if (service == null) {
            String quoted = name.length() > 50 ? name.substring(0, 50) + "…" : name;
            return PortalAnswer.error(PortalAnswer.BAD_REQUEST, "Không có dịch vụ '" + quoted + "' / no service '" + quoted
                    + "' (" + String.join(", ", services.keySet().stream().sorted().toList()) + ")");
        }
        return service.handle(call);
    }

    private ResponseEntity<PortalAnswer> malformed(String endpoint) {
        log.info("dvcqg {}: body refused as malformed or too large", endpoint);
        // the parser's message quotes the body, which may hold personal data: it is not echoed
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(PortalAnswer.error(PortalAnswer.BAD_REQUEST,
                "Nội dung không phải JSON hợp lệ / the body is not well-formed JSON"));
    }

    /** Compares in constant time, so the answer time does not tell how much of a password was right. */
    private static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
