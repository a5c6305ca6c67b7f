package vn.vhttdl.hub.connectors.soap;

/**
 * The service answered, but not with a receipt for this batch: unreadable, against the XSD, or
 * for another batch id. Permanent: the batch's fate is unknown and an operator must look (the
 * dead letter keeps it for replay; the service drops a repeat by batch id).
 */
public class InvalidReceiptException extends SoapDeliveryException {

    public InvalidReceiptException(String message) {
        super(message);
    }
}
