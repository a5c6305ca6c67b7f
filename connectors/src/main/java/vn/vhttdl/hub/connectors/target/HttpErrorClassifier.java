package vn.vhttdl.hub.connectors.target;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.http.base.HttpOperationFailedException;
import vn.vhttdl.hub.connectors.auth.TokenUnavailableException;
import vn.vhttdl.hub.connectors.tls.TlsRefusal;

/**
 * Decides whether a failed REST delivery is worth retrying, the one place where that policy lives
 * for REST targets.
 *
 * <ul>
 *   <li>transient: connection refused or reset, timeouts, 5xx, 429 and 408, a token endpoint
 *       that is down, and one 401 (the token may have expired early: it is refreshed first);</li>
 *   <li>permanent: any other 4xx — the target refused this content (400, 422) or this client
 *       (403, a second 401) — a token endpoint that refuses our credentials, and a TLS handshake
 *       the server refused or we refused (unknown server certificate, missing or untrusted client
 *       certificate: see {@link TlsRefusal});</li>
 *   <li>a 200 whose body refuses the call ({@link BusinessRefusalException}, VNPT's
 *       {@code error_code} other than "0"): as {@link LgspErrorCodeCheck} decided — transient
 *       for the codes configured as "busy", permanent otherwise.</li>
 * </ul>
 */
public final class HttpErrorClassifier implements FailureClassifier {

    private final Clock clock;

    public HttpErrorClassifier(Clock clock) {
        this.clock = clock;
    }

    public HttpErrorClassifier() {
        this(Clock.systemUTC());
    }

    /** @return whether {@code failure} is transient, for a batch that has had no 401 before */
    @Override
    public boolean isRetriable(Throwable failure) {
        return isRetriable(failure, 0);
    }

    /**
     * @param unauthorizedSoFar 401 answers this batch has had, the current one included
     * @return whether {@code failure} (or its cause chain) is transient
     */
    public boolean isRetriable(Throwable failure, int unauthorizedSoFar) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpOperationFailedException http) {
                int status = http.getStatusCode();
                if (status == 401) {
                    return unauthorizedSoFar <= 1;
                }
                return status >= 500 || status == 429 || status == 408;
            }
            if (t instanceof TokenUnavailableException token) {
                return token.retriable();
            }
            if (t instanceof BusinessRefusalException refusal) {
                return refusal.retriable();
            }
            if (TlsRefusal.in(t).isPresent()) {
                return false;
            }
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the target answered 401 */
    public boolean isUnauthorized(Throwable failure) {
        return statusOf(failure) == 401;
    }

    /**
     * @return the wait the target asked for in {@code Retry-After} (seconds or an HTTP date) on a
     *     429 or 503, if any
     */
    public Optional<Duration> retryAfter(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpOperationFailedException http && (http.getStatusCode() == 429 || http.getStatusCode() == 503)) {
                return header(http.getResponseHeaders(), "Retry-After").flatMap(this::parseRetryAfter);
            }
        }
        return Optional.empty();
    }

    /** @return a one-line description of the failure for the run and the audit, without secrets */
    @Override
    public String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpOperationFailedException http) {
                String body = http.getResponseBody() == null ? "" : http.getResponseBody().strip();
                if (body.length() > 500) {
                    body = body.substring(0, 500) + "…";
                }
                return "HTTP " + http.getStatusCode() + (body.isEmpty() ? "" : ": " + body);
            }
            if (t instanceof TokenUnavailableException || t instanceof BusinessRefusalException) {
                return t.getMessage();
            }
            var tls = TlsRefusal.in(t);
            if (tls.isPresent()) {
                return TlsRefusal.describe(tls.get());
            }
        }
        return FailureClassifier.describeRootCause(failure);
    }

    private static int statusOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpOperationFailedException http) {
                return http.getStatusCode();
            }
        }
        return 0;
    }

    private static Optional<String> header(Map<String, String> headers, String name) {
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst();
    }

    private Optional<Duration> parseRetryAfter(String value) {
        String text = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty(); // a malformed header: fall back to our own backoff
            }
        }
    }
}
