package vn.vhttdl.hub.connectors.soap;

import java.util.Map;

/**
 * The limits CXF's StAX parser applies to every SOAP answer the hub reads. CXF already refuses
 * DTDs and external entities ({@code org.apache.cxf.stax.allowInsecureParser} stays false); these
 * bound what a hostile or broken service can make the hub hold in memory.
 */
final class SecureXml {

    private SecureXml() {
    }

    /** @return endpoint properties: depth, attributes, text and element counts */
    static Map<String, Object> limits() {
        return Map.of(
                "org.apache.cxf.stax.maxElementDepth", 32,
                "org.apache.cxf.stax.maxAttributeCount", 50,
                "org.apache.cxf.stax.maxAttributeSize", 64 * 1024,
                "org.apache.cxf.stax.maxTextLength", 1024 * 1024,
                "org.apache.cxf.stax.maxElementCount", 10_000L,
                "org.apache.cxf.stax.maxChildElements", 1_000L);
    }
}
