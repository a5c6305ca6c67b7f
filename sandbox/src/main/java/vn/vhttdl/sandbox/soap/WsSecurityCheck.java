package vn.vhttdl.sandbox.soap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.ws.security.SecurityConstants;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.cache.MemoryReplayCache;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.crypto.CryptoFactory;
import org.apache.wss4j.common.cache.ReplayCache;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;

/**
 * The service's WS-Security check, with WSS4J as a provincial platform runs it: a UsernameToken
 * for the configured account (digest checked against the password, {@code Created} fresh, a
 * nonce seen before refused as a replay) and a fresh Timestamp are required; a signature, when
 * present, must verify against a trusted certificate (and is required when so configured). Any
 * failure is answered with a SOAP 1.2 {@code Sender} fault ({@code wsse:FailedAuthentication},
 * {@code wsse:InvalidSecurity}, {@code wsu:MessageExpired}) before the body is looked at.
 */
public class WsSecurityCheck extends WSS4JInInterceptor {

    private final boolean requireSignature;
    private final Crypto trust;
    private final Map<String, ReplayCache> replayCaches = new ConcurrentHashMap<>();

    public WsSecurityCheck(SoapSandboxProperties settings) {
        super(properties(settings));
        this.requireSignature = settings.isRequireSignature();
        this.trust = trust(settings);
    }

    private static Crypto trust(SoapSandboxProperties settings) {
        if (settings.getTruststore().isBlank()) {
            return null;
        }
        Path truststore = Path.of(settings.getTruststore());
        if (!Files.isReadable(truststore)) {
            throw new UncheckedIOException(new IOException("sandbox.soap.truststore cannot be read: " + truststore));
        }
        Properties trust = new Properties();
        trust.put("org.apache.wss4j.crypto.provider", "org.apache.wss4j.common.crypto.Merlin");
        trust.put("org.apache.wss4j.crypto.merlin.truststore.type", settings.getTruststoreType());
        trust.put("org.apache.wss4j.crypto.merlin.truststore.file", truststore.toAbsolutePath().toString());
        trust.put("org.apache.wss4j.crypto.merlin.truststore.password", settings.getTruststorePassword());
        try {
            return CryptoFactory.getInstance(trust);
        } catch (WSSecurityException e) {
            throw new IllegalStateException("sandbox.soap.truststore cannot be loaded: " + e.getMessage(), e);
        }
    }

    /**
     * WSS4J loads the signature-verification crypto only when a signature is among the expected
     * actions; a signature is optional here, so the trust store is handed over on every message.
     */
    @Override
    protected void computeAction(SoapMessage message, RequestData data) throws WSSecurityException {
        super.computeAction(message, data);
        if (trust != null) {
            data.setSigVerCrypto(trust);
        }
    }

    private static Map<String, Object> properties(SoapSandboxProperties settings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN + " "
                + ConfigurationConstants.TIMESTAMP);
        if (settings.isRequireDigest()) {
            // on the receiving side WSS4J requires the type set here: a text password is refused
            properties.put(ConfigurationConstants.PASSWORD_TYPE, "PasswordDigest");
        }
        properties.put(ConfigurationConstants.PW_CALLBACK_REF, (javax.security.auth.callback.CallbackHandler) callbacks -> {
            for (var callback : callbacks) {
                if (!(callback instanceof WSPasswordCallback password)) {
                    throw new UnsupportedCallbackException(callback);
                }
                // an unknown user gets no password, which WSS4J answers with FailedAuthentication
                if (settings.getUsername().equals(password.getIdentifier())) {
                    password.setPassword(settings.getPassword());
                }
            }
        });
        String ttl = String.valueOf(settings.getTimestampTtl().toSeconds());
        String skew = String.valueOf(settings.getClockSkew().toSeconds());
        properties.put(ConfigurationConstants.TTL_TIMESTAMP, ttl);
        properties.put(ConfigurationConstants.TTL_FUTURE_TIMESTAMP, skew);
        properties.put(ConfigurationConstants.TTL_USERNAMETOKEN, ttl);
        properties.put(ConfigurationConstants.TTL_FUTURE_USERNAMETOKEN, skew);
        properties.put(ConfigurationConstants.REQUIRE_TIMESTAMP_EXPIRES, "true");
        properties.put(SecurityConstants.ENABLE_NONCE_CACHE, "true");
        properties.put(SecurityConstants.ENABLE_TIMESTAMP_CACHE, "true");
        return properties;
    }

    /**
     * Requires the UsernameToken and Timestamp, and the signature when configured; unlike WSS4J's
     * own check, accepts a signature it was not told to expect (already verified by then).
     */
    @Override
    protected void checkActions(SoapMessage message, List<WSSecurityEngineResult> results, List<Integer> actions)
            throws WSSecurityException {
        Set<Integer> present = new HashSet<>();
        for (WSSecurityEngineResult result : results) {
            Object action = result.get(WSSecurityEngineResult.TAG_ACTION);
            if (action instanceof Integer code) {
                present.add(code);
            }
        }
        boolean tokenFound = present.contains(WSConstants.UT);
        boolean signed = present.contains(WSConstants.SIGN);
        if (!tokenFound || !present.contains(WSConstants.TS) || (requireSignature && !signed)) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.INVALID_SECURITY);
        }
    }

    /** Nonces and timestamps are remembered in memory for their life: a restart forgets them, as the store does. */
    @Override
    protected ReplayCache getReplayCache(SoapMessage message, String booleanKey, String instanceKey) {
        return replayCaches.computeIfAbsent(instanceKey, key -> new MemoryReplayCache());
    }
}
