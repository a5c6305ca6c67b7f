package vn.vhttdl.hub.connectors.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vhttdl.hub.datasets.tthc.PersonalData;

/**
 * The portal session: one login, shared by every call, renewed only when the portal refuses it.
 * When many calls find the session refused at once, the first renews it and the others use the
 * new one: one login, not one per call.
 */
final class DvcqgSessions {

    private static final Logger LOG = LoggerFactory.getLogger(DvcqgSessions.class);

    private final DvcqgSettings settings;
    private final DvcqgHttp http;
    private final ObjectMapper json;
    private final ReentrantLock renewing = new ReentrantLock();
    private final AtomicInteger logins = new AtomicInteger();
    private volatile String session;

    DvcqgSessions(DvcqgSettings settings, DvcqgHttp http, ObjectMapper json) {
        this.settings = settings;
        this.http = http;
        this.json = json;
    }

    /** @return the current session, logging in first when there is none */
    String current() {
        String known = session;
        return known != null ? known : renew(null);
    }

    /**
     * Replaces {@code stale}, the session the portal just refused. If another call has already
     * replaced it, that session is returned without a new login.
     */
    String renew(String stale) {
        renewing.lock();
        try {
            String known = session;
            if (known != null && !known.equals(stale)) {
                return known;
            }
            session = null;
            session = login();
            return session;
        } finally {
            renewing.unlock();
        }
    }

    /** @return how many logins this client made: for diagnostics and tests */
    int logins() {
        return logins.get();
    }

    private String login() {
        ObjectNode body = json.createObjectNode();
        body.put("username", settings.username());
        body.put("password", settings.password());
        JsonNode answer = http.post("login", settings.resolve(settings.authPath()), body);
        logins.incrementAndGet();
        String code = DvcqgErrorCode.of(answer);
        if (!DvcqgErrorCode.isSuccess(code)) {
            throw new DvcqgLoginException(settings.username(), code.isEmpty() ? "(none)" : code,
                    PersonalData.redact(answer.path("message").asText("")));
        }
        String fresh = answer.path("session").asText("");
        if (fresh.isBlank()) {
            throw new DvcqgProtocolException("login", "the login answer has error_code " + code + " but no session", null);
        }
        LOG.info("DVCQG {}: logged in as {}", settings.madonvi(), settings.username());
        return fresh;
    }
}
