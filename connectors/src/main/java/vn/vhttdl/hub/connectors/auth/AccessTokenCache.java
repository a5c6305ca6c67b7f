package vn.vhttdl.hub.connectors.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * The access token of one connector, shared by every exchange that delivers through it: fetched
 * on first use, kept until shortly before it expires (never fetched per request), and renewed by
 * one caller at a time while the others wait for that caller's token. Any token style whose
 * endpoint answers an OAuth2-shaped token (WSO2 and VNPT-built LGSPs alike) uses it.
 */
public final class AccessTokenCache {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenCache.class);

    private final String connector;
    private final Duration refreshAhead;
    private final Clock clock;
    private final Supplier<OAuth2AccessToken> tokenCall;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile CachedToken token;

    /** A token and when it stops being usable by this hub's clock (null: the endpoint gave no lifetime). */
    private record CachedToken(String value, Instant expiresAt) {
    }

    /**
     * @param refreshAhead how long before expiry the token is renewed (the gateways' clocks drift)
     * @param tokenCall    fetches a fresh token; throws {@link TokenUnavailableException} when it cannot
     */
    public AccessTokenCache(String connector, Duration refreshAhead, Clock clock, Supplier<OAuth2AccessToken> tokenCall) {
        this.connector = connector;
        this.refreshAhead = refreshAhead;
        this.clock = clock;
        this.tokenCall = tokenCall;
    }

    /** @return a token that is valid for at least {@code refreshAhead} more, fetching one if needed */
    public String current() {
        CachedToken cached = token;
        if (isFresh(cached)) {
            return cached.value();
        }
        refreshing.lock();
        try {
            // another caller may have refreshed while this one waited for the lock
            CachedToken again = token;
            if (isFresh(again)) {
                return again.value();
            }
            Instant requestedAt = clock.instant();
            OAuth2AccessToken fresh = tokenCall.get();
            // expiry counted on our clock from the lifetime the gateway granted, so clock skew cannot keep a stale token
            Instant expiresAt = fresh.getIssuedAt() == null || fresh.getExpiresAt() == null ? null
                    : requestedAt.plus(Duration.between(fresh.getIssuedAt(), fresh.getExpiresAt()));
            token = new CachedToken(fresh.getTokenValue(), expiresAt);
            LOG.info("Connector {}: obtained an access token valid until {}", connector, expiresAt);
            return fresh.getTokenValue();
        } finally {
            refreshing.unlock();
        }
    }

    /** Forgets the token the target has just refused, so the next {@link #current()} fetches one. */
    public void invalidate() {
        token = null;
    }

    private boolean isFresh(CachedToken candidate) {
        if (candidate == null) {
            return false;
        }
        return candidate.expiresAt() == null || clock.instant().plus(refreshAhead).isBefore(candidate.expiresAt());
    }

    @Override
    public String toString() {
        return "AccessTokenCache[" + connector + "]";
    }
}
