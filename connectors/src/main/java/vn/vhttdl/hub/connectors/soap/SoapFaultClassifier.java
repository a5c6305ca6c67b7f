package vn.vhttdl.hub.connectors.soap;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.transport.http.HTTPException;
import vn.vhttdl.hub.connectors.target.CircuitOpenException;
import vn.vhttdl.hub.connectors.target.FailureClassifier;
import vn.vhttdl.hub.connectors.tls.TlsRefusal;

/**
 * Decides whether a failed SOAP 1.2 call is worth retrying, from the fault the service returned.
 * A {@code Sender} fault (or SOAP 1.1 {@code Client}) means the request itself was refused — bad
 * credentials in the WS-Security header, a schema violation — and resending it cannot help; a
 * {@code Receiver} fault ({@code Server}) is the service's own trouble, like a 5xx.
 *
 * <p>The fault is read with a StAX parser that refuses DTDs and external entities, so a hostile
 * answer cannot make the hub read files or the network.
 */
public final class SoapFaultClassifier implements FailureClassifier {

    private static final int MAX_FAULT_CHARS = 64 * 1024;
    private static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";

    private final XMLInputFactory xml = XMLInputFactory.newFactory();

    public SoapFaultClassifier() {
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // the JDK's parser knows this property, Woodstox (which CXF brings) does not: the two above suffice for it
        if (xml.isPropertySupported(XMLConstants.ACCESS_EXTERNAL_DTD)) {
            xml.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        }
    }

    /**
     * @param httpStatus the HTTP status of the answer (SOAP 1.2 faults come with 400 or 500)
     * @param body       the answer's body, or null when there was none
     * @return whether the call is worth repeating
     */
    public boolean isRetriable(int httpStatus, String body) {
        Optional<String> code = faultCode(body);
        if (code.isPresent()) {
            return isReceiverCode(code.get().substring(code.get().indexOf(':') + 1));
        }
        return httpStatus >= 500 || httpStatus == 429 || httpStatus == 408;
    }

    /**
     * Classifies what a CXF call threw, walking the cause chain: a SOAP fault by its code, an
     * HTTP error without a SOAP body (a gateway's 502 page) by its status, an I/O failure
     * (refused, reset, timed out) as transient; a refused TLS handshake ({@link TlsRefusal}) and
     * anything the hub found wrong itself (a request that breaks the XSD, an unreadable receipt)
     * as permanent.
     */
    @Override
    public boolean isRetriable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SoapFault fault) {
                return isReceiverCode(fault.getFaultCode() == null ? "" : fault.getFaultCode().getLocalPart());
            }
            if (t instanceof HTTPException http) {
                int status = http.getResponseCode();
                return status >= 500 || status == 429 || status == 408;
            }
            if (t instanceof SoapDeliveryException) {
                return false;
            }
            if (TlsRefusal.in(t).isPresent()) {
                return false; // a trust store or client certificate to fix, not a network failure
            }
            if (t instanceof IOException || t instanceof CircuitOpenException) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return a one-line description for the run, the dead letter and the audit: the fault code,
     *     its subcode and reason, without secrets (the service's reason never echoes a password)
     */
    @Override
    public String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SoapFault fault) {
                String sub = fault.getSubCode() == null ? "" : " (" + fault.getSubCode().getLocalPart() + ")";
                String code = fault.getFaultCode() == null ? "?" : fault.getFaultCode().getLocalPart();
                return "SOAP fault " + code + sub + ": " + shorten(fault.getReason());
            }
            if (t instanceof HTTPException http) {
                return "HTTP " + http.getResponseCode() + ": " + shorten(http.getMessage());
            }
            if (t instanceof SoapDeliveryException) {
                return shorten(t.getMessage());
            }
            var tls = TlsRefusal.in(t);
            if (tls.isPresent()) {
                return TlsRefusal.describe(tls.get());
            }
        }
        return shorten(FailureClassifier.describeRootCause(failure));
    }

    private static boolean isReceiverCode(String local) {
        return local.equals("Receiver") || local.equals("Server");
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 500 ? line.substring(0, 500) + "…" : line;
    }

    /**
     * @return the fault code as written ({@code soap:Sender}, {@code env:Receiver}, {@code Client}),
     *     or empty when the body holds no readable SOAP fault
     */
    public Optional<String> faultCode(String body) {
        if (body == null || body.isBlank() || body.length() > MAX_FAULT_CHARS) {
            return Optional.empty();
        }
        try {
            XMLStreamReader reader = xml.createXMLStreamReader(new StringReader(body));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = reader.getLocalName();
                        if (name.equals("Value") && SOAP12.equals(reader.getNamespaceURI())) {
                            return Optional.of(reader.getElementText().strip()); // SOAP 1.2: Code/Value
                        }
                        if (name.equals("faultcode")) {
                            return Optional.of(reader.getElementText().strip()); // SOAP 1.1
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return Optional.empty(); // not XML, or refused as hostile: judged by the HTTP status alone
        }
        return Optional.empty();
    }
}
