package vn.vhttdl.hub.connectors.dvcqg;

/**
 * The portal could not be reached or answered with an HTTP error instead of a business answer:
 * connection refused, timeout, 5xx, 429, or a 4xx of the gateway in front of it.
 */
public class DvcqgTransportException extends DvcqgException {

    /** Status of a call that got no HTTP answer at all (connection refused, reset, timeout). */
    public static final int NO_ANSWER = 0;

    private final int status;

    /** A call that got no answer. */
    public DvcqgTransportException(String service, Throwable cause) {
        super(service, "no answer (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", cause);
        this.status = NO_ANSWER;
    }

    /** A call answered with an HTTP error; {@code excerpt} is the start of the body, personal data masked. */
    public DvcqgTransportException(String service, int status, String excerpt) {
        super(service, "HTTP " + status + (excerpt.isEmpty() ? "" : ": " + excerpt), null);
        this.status = status;
    }

    /** @return the HTTP status, or {@link #NO_ANSWER} */
    public int status() {
        return status;
    }
}
