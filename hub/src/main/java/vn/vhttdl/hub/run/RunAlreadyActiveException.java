package vn.vhttdl.hub.run;

/** The exchange is extracting already; a second run would read the same rows twice. */
public class RunAlreadyActiveException extends RuntimeException {

    public RunAlreadyActiveException(String exchangeId) {
        super("Luồng '" + exchangeId + "' đang chạy / exchange '" + exchangeId + "' is already running");
    }
}
