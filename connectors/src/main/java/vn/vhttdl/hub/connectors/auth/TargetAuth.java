package vn.vhttdl.hub.connectors.auth;

import java.util.Map;

/**
 * How a connector authenticates its calls: the headers to put on each request. Implementations
 * cache what they obtain (tokens, sessions) and never log secrets.
 */
public interface TargetAuth {

    /** @return the headers to add to the next request (e.g. {@code Authorization}) */
    Map<String, String> headers();

    /**
     * Forgets a cached credential the target has just refused (HTTP 401), so the next
     * {@link #headers()} obtains a fresh one.
     */
    default void invalidate() {
    }
}
