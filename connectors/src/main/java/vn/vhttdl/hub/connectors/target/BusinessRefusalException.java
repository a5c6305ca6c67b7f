package vn.vhttdl.hub.connectors.target;

/**
 * The platform answered HTTP 200 but refused the call in its body (a VNPT-built LGSP's
 * {@code error_code} other than "0"). {@link #retriable()} says whether the code is one the
 * connector was told means "busy, try again".
 */
public class BusinessRefusalException extends RuntimeException {

    private final String errorCode;
    private final boolean retriable;

    public BusinessRefusalException(String errorCode, String platformMessage, boolean retriable) {
        super("Nền tảng từ chối, error_code " + errorCode + " / the platform refused the call with error_code "
                + errorCode + (platformMessage == null || platformMessage.isBlank() ? "" : ": " + platformMessage));
        this.errorCode = errorCode;
        this.retriable = retriable;
    }

    /** @return the platform's code, {@code "(none)"} when the answer carried none */
    public String errorCode() {
        return errorCode;
    }

    public boolean retriable() {
        return retriable;
    }
}
