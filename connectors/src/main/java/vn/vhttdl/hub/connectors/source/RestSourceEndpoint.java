package vn.vhttdl.hub.connectors.source;

import java.net.URI;
import java.time.Duration;
import vn.vhttdl.hub.connectors.auth.TargetAuth;

/**
 * A paged JSON API the hub reads from, as configured once and shared by the exchanges that use
 * it ({@code hub.rest-sources.<name>}).
 *
 * @param name           the configured name, shown in errors and logs
 * @param baseUrl        scheme, host, port and context; exchange paths are appended
 * @param timeout        connect and response timeout of one page request
 * @param pageSize       items asked for per page
 * @param auth           how page requests authenticate (the targets' implementations)
 * @param retry          retries of a page that failed transiently
 * @param maxPageBytes   largest page read; a larger one fails the run
 * @param maxDepth       deepest JSON nesting read
 * @param maxStringChars longest JSON string read
 */
public record RestSourceEndpoint(String name, URI baseUrl, Duration timeout, int pageSize, TargetAuth auth, PageRetry retry,
        int maxPageBytes, int maxDepth, int maxStringChars) {

    /**
     * Bounded exponential backoff of one page: {@code attempts} calls in all, the first waiting
     * {@code initialDelay}, each next one {@code multiplier} times longer, at most
     * {@code maxDelay} (also the cap of a {@code Retry-After} the API asks for).
     */
    public record PageRetry(int attempts, Duration initialDelay, double multiplier, Duration maxDelay) {
    }
}
