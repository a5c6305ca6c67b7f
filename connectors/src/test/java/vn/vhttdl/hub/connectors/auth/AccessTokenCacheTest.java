package vn.vhttdl.hub.connectors.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

class AccessTokenCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final AtomicInteger calls = new AtomicInteger();

    /** The endpoint's own clock runs an hour ahead: the lifetime counts, not its timestamps. */
    private OAuth2AccessToken issue() {
        int n = calls.incrementAndGet();
        Instant theirNow = clock.instant().plus(Duration.ofHours(1));
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "t" + n, theirNow, theirNow.plusSeconds(600));
    }

    @Test
    void keepsTheTokenUntilTheRefreshMarginThenRenewsIt() {
        AccessTokenCache cache = new AccessTokenCache("lgsp", Duration.ofSeconds(60), clock, this::issue);
        assertThat(cache.current()).isEqualTo("t1");
        clock.advance(Duration.ofSeconds(539));
        assertThat(cache.current()).isEqualTo("t1");
        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.current()).isEqualTo("t2");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aRefusedTokenIsForgottenAndAFailedCallLeavesNothingCached() {
        AccessTokenCache cache = new AccessTokenCache("lgsp", Duration.ofSeconds(60), clock, this::issue);
        cache.current();
        cache.invalidate();
        assertThat(cache.current()).isEqualTo("t2");

        AccessTokenCache failing = new AccessTokenCache("lgsp", Duration.ofSeconds(60), clock, () -> {
            calls.incrementAndGet();
            throw new TokenUnavailableException("lgsp", "HTTP 503", true, null);
        });
        assertThatThrownBy(failing::current).isInstanceOf(TokenUnavailableException.class);
        assertThatThrownBy(failing::current).isInstanceOf(TokenUnavailableException.class);
        assertThat(calls).hasValue(4);
    }

}
