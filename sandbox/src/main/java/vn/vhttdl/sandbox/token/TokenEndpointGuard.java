package vn.vhttdl.sandbox.token;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vhttdl.sandbox.fault.Slowness;

/**
 * Sits in front of the authorization server's token endpoint: counts every token request and
 * applies the token-endpoint faults before the request reaches Spring Authorization Server.
 * Registered for {@code /token} only, ahead of Spring Security, so a failed request is counted
 * and answered without authenticating the client (as an overloaded gateway would).
 */
public class TokenEndpointGuard extends OncePerRequestFilter {

    private final TokenRequests requests;
    private final TokenFaults faults;
    private final ObjectMapper json;

    public TokenEndpointGuard(TokenRequests requests, TokenFaults faults, ObjectMapper json) {
        this.requests = requests;
        this.faults = faults;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        requests.record();
        TokenFaults.Decision decision = faults.decide();
        Slowness.pause(decision.delayMs());
        if (decision.failure().isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        TokenFaults.Failure failure = decision.failure().get();
        response.setStatus(failure.status());
        if (failure.retryAfterSeconds() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(failure.retryAfterSeconds()));
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        Map<String, String> error = new LinkedHashMap<>();
        error.put("error", oauth2ErrorCode(failure.status()));
        error.put("error_description", "Lỗi giả lập của sandbox / fault injected by the sandbox");
        json.writeValue(response.getOutputStream(), error);
    }

    /** The RFC 6749 error code closest to the status, so an OAuth2 client parses the answer. */
    private static String oauth2ErrorCode(int status) {
        if (status == 503 || status == 429) {
            return "temporarily_unavailable";
        }
        if (status == 401) {
            return OAuth2ErrorCodes.INVALID_CLIENT;
        }
        return status >= 500 ? OAuth2ErrorCodes.SERVER_ERROR : OAuth2ErrorCodes.INVALID_REQUEST;
    }
}
