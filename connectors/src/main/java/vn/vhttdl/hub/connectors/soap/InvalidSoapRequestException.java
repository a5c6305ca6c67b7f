package vn.vhttdl.hub.connectors.soap;

/**
 * The hub could not write a request the data-sharing service would accept: the batch breaks the
 * XSD. Permanent: sending it again cannot help.
 */
public class InvalidSoapRequestException extends SoapDeliveryException {

    public InvalidSoapRequestException(String message) {
        super(message);
    }
}
