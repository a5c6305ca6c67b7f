package vn.vhttdl.hub.connectors.soap;

/** A SOAP delivery failed for a reason the hub found itself (not a fault the service returned). */
public class SoapDeliveryException extends RuntimeException {

    public SoapDeliveryException(String message) {
        super(message);
    }
}
