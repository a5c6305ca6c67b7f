package vn.vhttdl.hub.connectors.target;

/**
 * The call was interrupted because the hub is stopping: the batch was not refused, it goes back
 * to its queue untouched and is delivered after the restart. Not a failure of the batch.
 */
public class DeliveryInterruptedException extends RuntimeException {

    public DeliveryInterruptedException(String exchangeId, Throwable cause) {
        super("Luồng '" + exchangeId + "': dừng gửi vì hệ thống đang tắt, lô trở lại hàng đợi / exchange '" + exchangeId
                + "': delivery interrupted by shutdown, the batch goes back to its queue", cause);
    }
}
