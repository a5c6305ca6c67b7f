package vn.vhttdl.sandbox.soap;

import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;

/** SOAP 1.2 faults as the data-sharing service answers them, reasons in Vietnamese and English. */
final class SoapFaults {

    private SoapFaults() {
    }

    /** The request will never be accepted as it is: content, schema, counts. */
    static SOAPFaultException sender(String reason) {
        return fault(SOAPConstants.SOAP_SENDER_FAULT, reason);
    }

    /** The service's own trouble: worth sending again later. */
    static SOAPFaultException receiver(String reason) {
        return fault(SOAPConstants.SOAP_RECEIVER_FAULT, reason);
    }

    private static SOAPFaultException fault(javax.xml.namespace.QName code, String reason) {
        try {
            SOAPFault fault = SOAPFactory.newInstance(SOAPConstants.SOAP_1_2_PROTOCOL).createFault(reason, code);
            return new SOAPFaultException(fault);
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot build a SOAP fault: " + e.getMessage(), e);
        }
    }
}
