package vn.vhttdl.sandbox.token;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Writes the token answer as a WSO2-style platform does:
 * {@code {"access_token","scope"?,"token_type":"Bearer","expires_in":3600}}. Written here because
 * Spring Authorization Server computes {@code expires_in} from the moment of writing, which
 * announces 3599 for a one-hour token; the hub's refresh logic is tested against the real figure.
 */
public class TokenAnswer implements AuthenticationSuccessHandler {

    private final ObjectMapper json;

    public TokenAnswer(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        OAuth2AccessToken token = ((OAuth2AccessTokenAuthenticationToken) authentication).getAccessToken();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.getTokenValue());
        if (!token.getScopes().isEmpty()) {
            body.put("scope", String.join(" ", token.getScopes()));
        }
        body.put("token_type", token.getTokenType().getValue());
        body.put("expires_in", ChronoUnit.SECONDS.between(token.getIssuedAt(), token.getExpiresAt()));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        // RFC 6749 §5.1: a token answer must not be cached
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        json.writeValue(response.getOutputStream(), body);
    }
}
