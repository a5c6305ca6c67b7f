package vn.vhttdl.hub.connectors.target;

/**
 * The connector's circuit is open: the batch was not sent and goes back to its queue, to be
 * tried once the target has had time to recover. Not a failure of the batch.
 */
public class CircuitOpenException extends RuntimeException {

    public CircuitOpenException(String connector, Throwable cause) {
        super("Kết nối '" + connector + "' đang tạm ngắt vì đích lỗi liên tục / circuit of connector '" + connector
                + "' is open: the target failed repeatedly", cause);
    }
}
