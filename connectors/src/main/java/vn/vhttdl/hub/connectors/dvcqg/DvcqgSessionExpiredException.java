package vn.vhttdl.hub.connectors.dvcqg;

/**
 * The portal refused a fresh session right after a new login. The client re-logs in once per
 * call and no more, so a portal that keeps refusing sessions meets the hub's backoff, not a
 * storm of logins.
 */
public class DvcqgSessionExpiredException extends DvcqgException {

    public DvcqgSessionExpiredException(String service, String errorCode) {
        super(service, "session refused (error_code " + errorCode + ") even after logging in again", null);
    }
}
