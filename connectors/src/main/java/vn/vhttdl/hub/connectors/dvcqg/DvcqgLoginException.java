package vn.vhttdl.hub.connectors.dvcqg;

/**
 * The portal refused the login: wrong user name or password, a locked account. An operator has
 * to fix the settings; retrying would only lock the account.
 */
public class DvcqgLoginException extends DvcqgException {

    private final String errorCode;

    public DvcqgLoginException(String username, String errorCode, String portalMessage) {
        super("login", "account '" + username + "' refused with error_code " + errorCode
                + (portalMessage.isEmpty() ? "" : " (" + portalMessage + ")"), null);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
