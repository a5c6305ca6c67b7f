package vn.vhttdl.sandbox.dvcqg;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The stand-in portal's sessions: issued at login, valid for {@code sandbox.dvcqg.session-ttl},
 * and all expired at once on demand, so a client's re-login can be rehearsed without waiting.
 */
@Component
public class PortalSessions {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiryBySession = new ConcurrentHashMap<>();
    private final AtomicLong logins = new AtomicLong();
    private final AtomicLong refusedLogins = new AtomicLong();
    private final AtomicLong refusedSessions = new AtomicLong();
    private final Clock clock;
    private final DvcqgSandboxProperties properties;

    public PortalSessions(Clock clock, DvcqgSandboxProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    /** @return a new session for an account that logged in correctly */
    public String open() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String session = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expiryBySession.put(session, clock.instant().plus(properties.getSessionTtl()));
        logins.incrementAndGet();
        return session;
    }

    /** Counts a login refused for its credentials. */
    public void refusedLogin() {
        refusedLogins.incrementAndGet();
    }

    /** @return whether {@code session} was issued here and has not expired; a refusal is counted */
    public boolean isValid(String session) {
        Instant expiry = session == null ? null : expiryBySession.get(session);
        if (expiry != null && clock.instant().isBefore(expiry)) {
            return true;
        }
        if (expiry != null) {
            expiryBySession.remove(session);
        }
        refusedSessions.incrementAndGet();
        return false;
    }

    /** Every session issued so far stops being valid; sessions issued afterwards work. */
    public int expireAll() {
        int expired = expiryBySession.size();
        expiryBySession.clear();
        return expired;
    }

    /** Forgets sessions and counts. */
    public void reset() {
        expiryBySession.clear();
        logins.set(0);
        refusedLogins.set(0);
        refusedSessions.set(0);
    }

    public long logins() {
        return logins.get();
    }

    public long refusedLogins() {
        return refusedLogins.get();
    }

    public long refusedSessions() {
        return refusedSessions.get();
    }
}
