package vn.vhttdl.hub.run;

/** No valid exchange has the id asked for (it may exist with definition errors). */
public class UnknownExchangeException extends RuntimeException {

    private final String exchangeId;

    public UnknownExchangeException(String exchangeId) {
        super("Không có luồng trao đổi hợp lệ '" + exchangeId + "' / no valid exchange '" + exchangeId + "'");
        this.exchangeId = exchangeId;
    }

    public String exchangeId() {
        return exchangeId;
    }
}
