package vn.vhttdl.hub.connectors.dvcqg;

/**
 * A call to the portal did not succeed. Every subclass says which service failed and why, in
 * words an operator can act on; none carries a password, a session or personal data (portal
 * messages are masked with {@link vn.vhttdl.hub.datasets.tthc.PersonalData#redact}).
 * {@link DvcqgErrorClassifier} decides from the subclass whether a retry can help.
 */
public abstract class DvcqgException extends RuntimeException {

    private final String service;

    protected DvcqgException(String service, String message, Throwable cause) {
        super("DVCQG " + service + ": " + message, cause);
        this.service = service;
    }

    /** @return the service that failed ({@code DongBoHoSoMC}), or {@code login} */
    public String service() {
        return service;
    }
}
