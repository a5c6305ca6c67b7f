package vn.vhttdl.sandbox.vnpt;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The bearer tokens the stand-in VNPT LGSP issued: opaque random strings, valid for the
 * configured life, kept in memory (lost on restart, as when the platform restarts).
 */
@Component
public class VnptTokens {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiryByToken = new ConcurrentHashMap<>();
    private final Clock clock;

    public VnptTokens(Clock clock) {
        this.clock = clock;
    }

    /** @return a new token valid for {@code ttl} */
    public String issue(Duration ttl) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        expiryByToken.values().removeIf(expiry -> expiry.isBefore(now));
        expiryByToken.put(token, now.plus(ttl));
        return token;
    }

    /** @return whether {@code token} was issued here and has not expired */
    public boolean isValid(String token) {
        Instant expiry = token == null ? null : expiryByToken.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    /** Makes every token issued so far invalid. */
    public void expireAll() {
        expiryByToken.clear();
    }
}
