package vn.vhttdl.sandbox.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class IssuedTokensTest {

    @Test
    void expiringIssuedTokensInvalidatesEarlierGenerationsOnly() {
        IssuedTokens tokens = new IssuedTokens();
        Jwt before = token(tokens.currentGeneration());

        tokens.expireAll();

        assertThat(tokens.validator().validate(before).hasErrors()).isTrue();
        assertThat(tokens.validator().validate(token(tokens.currentGeneration())).hasErrors()).isFalse();
        assertThat(tokens.validator().validate(Jwt.withTokenValue("t").header("alg", "RS256").subject("hub").build())
                .hasErrors()).isTrue();
    }

    private static Jwt token(long generation) {
        return Jwt.withTokenValue("t").header("alg", "RS256")
                .claims(claims -> claims.putAll(Map.of(IssuedTokens.GENERATION_CLAIM, generation))).build();
    }
}
