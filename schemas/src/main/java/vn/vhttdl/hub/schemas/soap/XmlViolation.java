package vn.vhttdl.hub.schemas.soap;

import org.xml.sax.SAXParseException;

/**
 * One way an XML message breaks its XSD.
 *
 * @param line    line in the document, -1 when unknown (a DOM has none)
 * @param column  column in the document, -1 when unknown
 * @param message the validator's message (English, naming the element and the rule)
 */
public record XmlViolation(int line, int column, String message) {

    static XmlViolation of(SAXParseException e) {
        return new XmlViolation(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    }

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ", column " + column + ": " + message : message;
    }
}
