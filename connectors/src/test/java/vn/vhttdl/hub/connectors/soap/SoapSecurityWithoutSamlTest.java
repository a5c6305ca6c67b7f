package vn.vhttdl.hub.connectors.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.security.auth.callback.CallbackHandler;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.crypto.CryptoFactory;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.handler.HandlerAction;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandler;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.util.WSSecurityUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import vn.vhttdl.hub.schemas.soap.DataSharingContract;

/**
 * The WS-Security header exactly as {@link WsSecurityHeader} configures it, applied by WSS4J to a
 * SOAP 1.2 message in memory and verified by WSS4J as a service would — with OpenSAML absent from
 * the classpath, which is how the build ships (the parent POM excludes it). If a WSS4J or CXF
 * upgrade made UsernameToken or X.509 signatures need OpenSAML, this test fails.
 */
class SoapSecurityWithoutSamlTest {

    private static final String ENVELOPE = """
            <soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Header/><soap:Body>
            <ds:SubmitBatchRequest xmlns:ds="urn:vn:vhttdl:lgsp:data-sharing:v1"/></soap:Body></soap:Envelope>""";

    @TempDir
    static Path keys;
    static Path keystore;
    static Path truststore;

    @BeforeAll
    static void keys() throws Exception {
        WSSConfig.init();
        keystore = keys.resolve("hub.p12");
        truststore = keys.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "hub", "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
                "-dname", "CN=hub, O=So VHTTDL, C=VN", "-validity", "1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "key-pass", "-keypass", "key-pass");
        keytool("-exportcert", "-alias", "hub", "-keystore", keystore.toString(), "-storepass", "key-pass",
                "-file", keys.resolve("hub.cer").toString());
        keytool("-importcert", "-noprompt", "-alias", "hub", "-file", keys.resolve("hub.cer").toString(),
                "-storetype", "PKCS12", "-keystore", truststore.toString(), "-storepass", "trust-pass");
    }

    @Test
    void openSamlIsNotOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("org.opensaml.core.config.InitializationService"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aDigestUsernameTokenWithNonceCreatedAndTimestampVerifies() throws Exception {
        WsSecuritySettings settings = new WsSecuritySettings("hub", "hub-soap-secret",
                WsSecuritySettings.PasswordType.DIGEST, Duration.ofMinutes(5), null);
        Document message = secured(settings);

        String header = text(message);
        assertThat(header).contains("#PasswordDigest").contains("Nonce").contains("Created").contains("Timestamp")
                .doesNotContain("hub-soap-secret");
        WSHandlerResult results = verify(message, "hub-soap-secret");
        assertThat(results.getActionResults()).containsKeys(WSConstants.UT, WSConstants.TS);
        assertThat(results.getActionResults()).doesNotContainKey(WSConstants.SIGN);
    }

    @Test
    void theWrongPasswordFailsAuthentication() throws Exception {
        Document message = secured(new WsSecuritySettings("hub", "not-the-password",
                WsSecuritySettings.PasswordType.DIGEST, Duration.ofMinutes(5), null));
        assertThatThrownBy(() -> verify(message, "hub-soap-secret"))
                .isInstanceOfSatisfying(WSSecurityException.class, e ->
                        assertThat(e.getErrorCode()).isEqualTo(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION));
    }

    @Test
    void anX509SignatureOfBodyTimestampAndTokenVerifiesAgainstTheTrustStore() throws Exception {
        WsSecuritySettings settings = new WsSecuritySettings("hub", "hub-soap-secret",
                WsSecuritySettings.PasswordType.DIGEST, Duration.ofMinutes(5),
                new WsSecuritySettings.Signature(keystore, "PKCS12", "key-pass", "hub", "key-pass"));
        Document message = secured(settings);

        assertThat(text(message)).contains("BinarySecurityToken").contains("rsa-sha256");
        WSHandlerResult results = verify(message, "hub-soap-secret");
        assertThat(results.getActionResults()).containsKeys(WSConstants.UT, WSConstants.TS, WSConstants.SIGN);
        // every signed part is one the properties named
        assertThat(results.getActionResults().get(WSConstants.SIGN).get(0)
                .get(org.apache.wss4j.dom.engine.WSSecurityEngineResult.TAG_DATA_REF_URIS)).asList().hasSize(3);
    }

    @Test
    void aTamperedSignedBodyIsRefused() throws Exception {
        Document message = secured(new WsSecuritySettings("hub", "hub-soap-secret",
                WsSecuritySettings.PasswordType.DIGEST, Duration.ofMinutes(5),
                new WsSecuritySettings.Signature(keystore, "PKCS12", "key-pass", "hub", "key-pass")));
        message.getElementsByTagNameNS(DataSharingContract.NAMESPACE, "SubmitBatchRequest").item(0)
                .setTextContent("changed in transit");
        assertThatThrownBy(() -> verify(message, "hub-soap-secret")).isInstanceOf(WSSecurityException.class);
    }

    @Test
    void thePropertiesNameTheActionsAndHoldNoPassword() {
        Map<String, Object> text = new WsSecurityHeader(new WsSecuritySettings("hub", "hub-soap-secret",
                WsSecuritySettings.PasswordType.TEXT, Duration.ofSeconds(90), null)).properties();
        assertThat(text).containsEntry(ConfigurationConstants.ACTION, "UsernameToken Timestamp")
                .containsEntry(ConfigurationConstants.PASSWORD_TYPE, "PasswordText")
                .containsEntry(ConfigurationConstants.TTL_TIMESTAMP, "90")
                .containsEntry(ConfigurationConstants.ADD_USERNAMETOKEN_NONCE, "true");
        assertThat(text.values()).doesNotContain("hub-soap-secret");
        assertThat(new WsSecuritySettings("hub", "hub-soap-secret", WsSecuritySettings.PasswordType.TEXT,
                Duration.ofSeconds(90), null).toString()).doesNotContain("hub-soap-secret");

        Map<String, Object> signed = new WsSecurityHeader(new WsSecuritySettings("hub", "hub-soap-secret",
                WsSecuritySettings.PasswordType.DIGEST, Duration.ofMinutes(5),
                new WsSecuritySettings.Signature(keystore, "PKCS12", "key-pass", "hub", "key-pass"))).properties();
        assertThat(signed).containsEntry(ConfigurationConstants.ACTION, "UsernameToken Timestamp Signature")
                .containsEntry(ConfigurationConstants.PASSWORD_TYPE, "PasswordDigest")
                .containsEntry(ConfigurationConstants.SIGNATURE_USER, "hub")
                .containsEntry(ConfigurationConstants.SIG_KEY_ID, "DirectReference");
    }

    /** Applies the header as WSS4JOutInterceptor does: the same properties, through WSS4J's handler. */
    private static Document secured(WsSecuritySettings settings) throws Exception {
        Map<String, Object> properties = new WsSecurityHeader(settings).properties();
        Document document = DataSharingContract.secureDocumentBuilder()
                .parse(new ByteArrayInputStream(ENVELOPE.getBytes(StandardCharsets.UTF_8)));
        RequestData request = new RequestData();
        request.setMsgContext(properties);
        request.setUsername(settings.username());
        List<HandlerAction> actions = WSSecurityUtil.decodeHandlerAction(
                (String) properties.get(ConfigurationConstants.ACTION), WSSConfig.getNewInstance());
        new MapHandler(properties).send(document, request, actions);
        return document;
    }

    private static WSHandlerResult verify(Document message, String password) throws Exception {
        RequestData data = new RequestData();
        data.setCallbackHandler((CallbackHandler) callbacks -> {
            for (var callback : callbacks) {
                WSPasswordCallback pc = (WSPasswordCallback) callback;
                if ("hub".equals(pc.getIdentifier())) {
                    pc.setPassword(password);
                }
            }
        });
        Properties trust = new Properties();
        trust.put("org.apache.wss4j.crypto.provider", "org.apache.wss4j.common.crypto.Merlin");
        trust.put("org.apache.wss4j.crypto.merlin.truststore.type", "PKCS12");
        trust.put("org.apache.wss4j.crypto.merlin.truststore.file", truststore.toString());
        trust.put("org.apache.wss4j.crypto.merlin.truststore.password", "trust-pass");
        data.setSigVerCrypto(CryptoFactory.getInstance(trust));
        return new WSSecurityEngine().processSecurityHeader(message, data);
    }

    private static String text(Document document) throws Exception {
        var writer = new java.io.StringWriter();
        var transformer = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
        transformer.transform(new javax.xml.transform.dom.DOMSource(document), new javax.xml.transform.stream.StreamResult(writer));
        return writer.toString();
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    /** WSS4J's handler reading its options from one map, as CXF's interceptor reads them from the message. */
    private static final class MapHandler extends WSHandler {

        private final Map<String, Object> options;

        MapHandler(Map<String, Object> options) {
            this.options = options;
        }

        void send(Document document, RequestData request, List<HandlerAction> actions) throws WSSecurityException {
            doSenderAction(document, request, actions, true);
        }

        @Override
        public Object getOption(String key) {
            return options.get(key);
        }

        @Override
        public Object getProperty(Object msgContext, String key) {
            return options.get(key);
        }

        @Override
        public void setProperty(Object msgContext, String key, Object value) {
            options.put(key, value);
        }

        @Override
        public String getPassword(Object msgContext) {
            return null;
        }

        @Override
        public void setPassword(Object msgContext, String password) {
            // passwords come from the callback
        }
    }
}
