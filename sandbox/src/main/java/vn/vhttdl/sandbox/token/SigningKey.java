package vn.vhttdl.sandbox.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The RSA key that signs access tokens, generated at start and never written anywhere: tokens of
 * a previous run are invalid after a restart, as on a platform that rotated its key.
 */
@Component
public class SigningKey {

    private final RSAKey key;

    public SigningKey() {
        KeyPair pair = generate();
        this.key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
    }

    /** @return the key pair as a JWK (private part included: for the token issuer only) */
    RSAKey jwk() {
        return key;
    }

    /** @return the public half, for verifying tokens */
    RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("The generated RSA key has no usable public part", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            // every Java SE runtime must provide RSA: this is a broken JDK, not a sandbox error
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
    }
}
