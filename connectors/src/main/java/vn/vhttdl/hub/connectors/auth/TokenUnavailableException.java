package vn.vhttdl.hub.connectors.auth;

/**
 * No access token could be obtained. {@link #retriable()} tells a token endpoint that is down or
 * slow (worth waiting for) from one that refuses our credentials (a configuration error).
 */
public class TokenUnavailableException extends RuntimeException {

    private final boolean retriable;

    public TokenUnavailableException(String connector, String reason, boolean retriable, Throwable cause) {
        super("Không lấy được mã truy cập của kết nối '" + connector + "' / no access token for connector '" + connector
                + "': " + reason, cause);
        this.retriable = retriable;
    }

    public boolean retriable() {
        return retriable;
    }
}
