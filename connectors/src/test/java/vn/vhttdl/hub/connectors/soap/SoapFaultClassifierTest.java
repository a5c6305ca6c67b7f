package vn.vhttdl.hub.connectors.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.Soap12;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.transport.http.HTTPException;
import org.junit.jupiter.api.Test;

class SoapFaultClassifierTest {

    private final SoapFaultClassifier classifier = new SoapFaultClassifier();

    private static String soap12Fault(String code, String subcode) {
        return """
                <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"
                              xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
                  <env:Body><env:Fault>
                    <env:Code><env:Value>env:%s</env:Value><env:Subcode><env:Value>%s</env:Value></env:Subcode></env:Code>
                    <env:Reason><env:Text xml:lang="en">The security token could not be authenticated</env:Text></env:Reason>
                  </env:Fault></env:Body>
                </env:Envelope>""".formatted(code, subcode);
    }

    @Test
    void aSenderFaultSuchAsABadPasswordIsPermanent() {
        String body = soap12Fault("Sender", "wsse:FailedAuthentication");
        assertThat(classifier.faultCode(body)).contains("env:Sender");
        assertThat(classifier.isRetriable(500, body)).isFalse();
        assertThat(classifier.isRetriable(400, body)).isFalse();
    }

    @Test
    void aReceiverFaultIsTheServicesTroubleAndRetriable() {
        assertThat(classifier.isRetriable(500, soap12Fault("Receiver", "env:Busy"))).isTrue();
    }

    @Test
    void soap11FaultCodesAreUnderstoodToo() {
        String client = """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>
                <faultcode>soap:Client</faultcode><faultstring>Invalid batch</faultstring></soap:Fault></soap:Body></soap:Envelope>""";
        assertThat(classifier.isRetriable(500, client)).isFalse();
        assertThat(classifier.isRetriable(500, client.replace("soap:Client", "soap:Server"))).isTrue();
    }

    @Test
    void withoutAReadableFaultTheHttpStatusDecides() throws Exception {
        assertThat(classifier.isRetriable(503, "<html>Service Unavailable</html>")).isTrue();
        assertThat(classifier.isRetriable(400, "")).isFalse();
        assertThat(classifier.isRetriable((Throwable) new IOException("Connection reset"))).isTrue();
    }

    @Test
    void aHostileAnswerWithAnExternalEntityIsNotResolved() {
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body><env:Fault>
                <env:Code><env:Value>&secret;</env:Value></env:Code></env:Fault></env:Body></env:Envelope>""";
        assertThat(classifier.faultCode(hostile)).isEmpty();
        assertThat(classifier.isRetriable(500, hostile)).isTrue(); // judged as a plain 500
    }

    /** What camel-cxf throws: the fault the service answered, as CXF read it. */
    @Test
    void aSenderFaultFromCxfIsPermanentAndDescribedWithItsSubcode() {
        SoapFault badPassword = new SoapFault("The security token could not be authenticated or authorized",
                Soap12.getInstance().getSender());
        badPassword.setSubCode(new QName("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd",
                "FailedAuthentication"));
        assertThat(classifier.isRetriable(badPassword)).isFalse();
        assertThat(classifier.describe(badPassword))
                .isEqualTo("SOAP fault Sender (FailedAuthentication): The security token could not be authenticated or authorized");
        assertThat(classifier.isRetriable(new SoapFault("invalid", Soap11.getInstance().getSender()))).isFalse();
    }

    @Test
    void aReceiverOrServerFaultFromCxfIsRetriable() {
        assertThat(classifier.isRetriable(new SoapFault("busy", Soap12.getInstance().getReceiver()))).isTrue();
        assertThat(classifier.isRetriable(new SoapFault("busy", Soap11.getInstance().getReceiver()))).isTrue();
    }

    @Test
    void noAnswerIsRetriedAndAGatewayErrorPageIsJudgedByItsStatus() throws Exception {
        assertThat(classifier.isRetriable(new Fault(new ConnectException("Connection refused")))).isTrue();
        java.net.URL url = new java.net.URL("http://lgsp.invalid/ws");
        assertThat(classifier.isRetriable(new Fault(new HTTPException(502, "Bad Gateway", url)))).isTrue();
        assertThat(classifier.isRetriable(new Fault(new HTTPException(404, "Not Found", url)))).isFalse();
        assertThat(classifier.describe(new Fault(new HTTPException(404, "Not Found", url)))).startsWith("HTTP 404");
    }

    @Test
    void aRefusedTlsHandshakeIsPermanentAndSaysWhatToCheck() {
        // what CXF's conduit throws when the gateway refuses the client certificate
        Fault refused = new Fault(new javax.net.ssl.SSLHandshakeException("Received fatal alert: bad_certificate"));
        assertThat(classifier.isRetriable(refused)).isFalse();
        assertThat(classifier.describe(refused)).contains("TLS handshake refused").contains("bad_certificate");
        // an encrypted connection that merely broke is a network failure like any other
        assertThat(classifier.isRetriable(new Fault(new javax.net.ssl.SSLException("Connection reset")))).isTrue();
    }

    @Test
    void whatTheHubFoundWrongItselfIsPermanent() {
        assertThat(classifier.isRetriable(new InvalidSoapRequestException("breaks the XSD"))).isFalse();
        assertThat(classifier.isRetriable(new InvalidReceiptException("receipt for another batch"))).isFalse();
        assertThat(classifier.isRetriable(new IllegalStateException("a bug"))).isFalse();
    }
}
