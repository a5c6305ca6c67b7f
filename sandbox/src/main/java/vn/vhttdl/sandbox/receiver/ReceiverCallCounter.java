package vn.vhttdl.sandbox.receiver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vhttdl.sandbox.received.ReceivedRecords;

/**
 * Counts every POST to a receiver path before Spring Security sees it, so the count includes the
 * calls refused for their token (a test proving "the hub refreshed its token and resent" needs
 * the 401 to show up), and counts those 401s apart.
 */
public class ReceiverCallCounter extends OncePerRequestFilter {

    private final ReceivedRecords received;

    public ReceiverCallCounter(ReceivedRecords received) {
        this.received = received;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        received.countCall(path);
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            received.countUnauthorized(path);
        }
    }
}
