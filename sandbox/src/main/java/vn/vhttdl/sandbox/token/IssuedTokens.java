package vn.vhttdl.sandbox.token;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * The tokens issued so far, as one generation. Every access token carries the generation it was
 * issued in; the {@code expireIssuedTokens} fault starts a new generation, which makes every
 * earlier token invalid at once, as when a platform rotates its keys or restarts its gateway.
 * A generation number rather than a time stamp, because {@code iat} has one-second resolution
 * and a token issued in the same second as the fault must stay valid.
 */
@Component
public class IssuedTokens {

    /** Private claim holding the generation; a resource server outside the sandbox ignores it. */
    static final String GENERATION_CLAIM = "sandbox_generation";

    private static final Logger log = LoggerFactory.getLogger(IssuedTokens.class);

    private final AtomicLong generation = new AtomicLong(1);

    /** @return the generation that new tokens are issued in */
    public long currentGeneration() {
        return generation.get();
    }

    /**
     * Makes every token issued so far invalid; tokens issued from now on are valid.
     *
     * @return the new generation
     */
    public long expireAll() {
        long next = generation.incrementAndGet();
        log.info("fault tokens action=expire-issued-tokens generation={}", next);
        return next;
    }

    /** Stamps each access token with the current generation. */
    public OAuth2TokenCustomizer<JwtEncodingContext> stamp() {
        return context -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getClaims().claim(GENERATION_CLAIM, generation.get());
            }
        };
    }

    /** Refuses a token of an earlier generation (or without one: not issued by this sandbox's rules). */
    public OAuth2TokenValidator<Jwt> validator() {
        return jwt -> {
            Object claim = jwt.getClaims().get(GENERATION_CLAIM);
            long current = generation.get();
            if (claim instanceof Number issuedIn && issuedIn.longValue() == current) {
                return OAuth2TokenValidatorResult.success();
            }
            log.info("fault tokens action=refuse-expired-token issuedInGeneration={} currentGeneration={}",
                    claim, current);
            return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                    "The access token was expired by the sandbox", null));
        };
    }
}
