package vn.vhttdl.hub.schemas.soap;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

/**
 * The contract of the provincial LGSP data-sharing SOAP service v1
 * ({@code /wsdl/lgsp-data-sharing/v1/data-sharing.wsdl} and its XSD): its names, and validation
 * of its messages against the XSD. The hub validates a request before sending it and the sandbox
 * validates it on receipt, with this same file, so what the hub lets through is what the service
 * accepts.
 *
 * <p>Every parser and validator made here refuses DTDs and external entities and reads no
 * external schema, so a hostile document cannot make either side read files or the network.
 * Thread-safe: the compiled schema is shared, a validator is made per call.
 */
public final class DataSharingContract {

    /** Target namespace of the WSDL and XSD. */
    public static final String NAMESPACE = "urn:vn:vhttdl:lgsp:data-sharing:v1";
    /** The WSDL on the classpath. */
    public static final String WSDL = "/wsdl/lgsp-data-sharing/v1/data-sharing.wsdl";
    /** The XSD on the classpath. */
    public static final String XSD = "/wsdl/lgsp-data-sharing/v1/data-sharing.xsd";
    public static final QName SERVICE = new QName(NAMESPACE, "DataSharingService");
    public static final QName PORT = new QName(NAMESPACE, "DataSharingPort");
    /** The one operation: submit a batch, get a receipt. */
    public static final String OPERATION = "SubmitBatch";
    public static final QName REQUEST = new QName(NAMESPACE, "SubmitBatchRequest");
    public static final QName RESPONSE = new QName(NAMESPACE, "SubmitBatchResponse");
    /** The only payload content type of v1: the JSON text of the mapped record. */
    public static final String JSON = "application/json";

    /** Violations listed at most; a document with more is refused all the same. */
    private static final int MAX_VIOLATIONS = 100;

    private final Schema schema;

    public DataSharingContract() {
        URL xsd = DataSharingContract.class.getResource(XSD);
        if (xsd == null) {
            throw new IllegalStateException("Thiếu tệp XSD " + XSD + " / the XSD " + XSD + " is missing from the classpath");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            this.schema = factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("XSD " + XSD + " không đọc được / cannot be compiled: " + e.getMessage(), e);
        }
    }

    /** @return the WSDL's location on the classpath, for CXF */
    public static URL wsdlLocation() {
        return DataSharingContract.class.getResource(WSDL);
    }

    /**
     * Validates a request or response against the XSD.
     *
     * @return every violation found (at most {@value #MAX_VIOLATIONS}), in document order; empty
     *     when the document conforms
     */
    public List<XmlViolation> validate(Source document) {
        List<XmlViolation> violations = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the JDK's validator cannot be secured: " + e.getMessage(), e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
                // warnings do not make a document invalid
            }

            @Override
            public void error(SAXParseException exception) throws SAXException {
                violations.add(XmlViolation.of(exception));
                if (violations.size() >= MAX_VIOLATIONS) {
                    throw exception;
                }
            }

            @Override
            public void fatalError(SAXParseException exception) throws SAXException {
                violations.add(XmlViolation.of(exception));
                throw exception;
            }
        });
        try {
            validator.validate(document);
        } catch (SAXParseException stopped) {
            // already listed
        } catch (SAXException | IOException e) {
            violations.add(new XmlViolation(-1, -1, e.getMessage()));
        }
        return violations;
    }

    /**
     * @return a namespace-aware DOM builder that refuses DOCTYPE declarations and external
     *     entities (XXE, entity expansion)
     */
    public static DocumentBuilder secureDocumentBuilder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM parser cannot be secured: " + e.getMessage(), e);
        }
    }
}
