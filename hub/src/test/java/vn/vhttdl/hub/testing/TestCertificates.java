package vn.vhttdl.hub.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Key stores for the TLS tests, generated at test time with the JDK's {@code keytool} in a
 * temporary folder (no private key is ever committed): a server key and certificate for the
 * sandbox (SAN 127.0.0.1 and localhost), a client key and certificate for the hub, and the two
 * trust stores that admit each other's certificate. All PKCS#12, one random password.
 *
 * @param dir      where the files are
 * @param password of every store and key
 */
public record TestCertificates(Path dir, String password) {

    public Path serverKeyStore() {
        return dir.resolve("sandbox-server.p12");
    }

    /** The clients the sandbox admits: the hub's certificate. */
    public Path serverTrustStore() {
        return dir.resolve("sandbox-trust.p12");
    }

    public Path clientKeyStore() {
        return dir.resolve("hub-client.p12");
    }

    /** The servers the hub trusts: the sandbox's certificate (as a gateway signed by a private CA would be). */
    public Path clientTrustStore() {
        return dir.resolve("hub-trust.p12");
    }

    /**
     * @return the sandbox's arguments for its HTTPS listener on {@code port}, requiring the hub's
     *     client certificate, after {@code others}
     */
    public String[] sandboxArguments(int port, String... others) {
        String bundle = "--spring.ssl.bundle.jks.sandbox-server.";
        List<String> arguments = new ArrayList<>(List.of(others));
        arguments.addAll(List.of("--sandbox.mutual-tls.port=" + port, "--sandbox.mutual-tls.ssl-bundle=sandbox-server",
                bundle + "keystore.location=file:" + serverKeyStore(), bundle + "keystore.password=" + password,
                bundle + "keystore.type=PKCS12", bundle + "truststore.location=file:" + serverTrustStore(),
                bundle + "truststore.password=" + password, bundle + "truststore.type=PKCS12"));
        return arguments.toArray(String[]::new);
    }

    /**
     * Registers the hub's SSL bundles: {@code clientBundle}, its client certificate and the sandbox's
     * certificate as the only one trusted; {@code trustOnlyBundle}, the trust alone (no client certificate).
     */
    public void registerHubBundles(DynamicPropertyRegistry registry, String clientBundle, String trustOnlyBundle) {
        String client = "spring.ssl.bundle.jks." + clientBundle + ".";
        registry.add(client + "keystore.location", () -> "file:" + clientKeyStore());
        registry.add(client + "keystore.password", () -> password);
        registry.add(client + "keystore.type", () -> "PKCS12");
        registerTrust(registry, client);
        registerTrust(registry, "spring.ssl.bundle.jks." + trustOnlyBundle + ".");
    }

    private void registerTrust(DynamicPropertyRegistry registry, String bundle) {
        registry.add(bundle + "truststore.location", () -> "file:" + clientTrustStore());
        registry.add(bundle + "truststore.password", () -> password);
        registry.add(bundle + "truststore.type", () -> "PKCS12");
    }

    public static TestCertificates generate() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("it-vnpt-tls");
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        TestCertificates certificates = new TestCertificates(dir, HexFormat.of().formatHex(random));
        certificates.keyPair("sandbox", "CN=lgsp-sandbox.test, O=Sandbox", certificates.serverKeyStore(),
                "SAN=ip:127.0.0.1,dns:localhost");
        certificates.keyPair("hub", "CN=hub.vhttdl.test, O=So VHTTDL", certificates.clientKeyStore(), null);
        certificates.keytool("-exportcert", "-rfc", "-alias", "sandbox", "-keystore", certificates.serverKeyStore().toString(),
                "-storepass", certificates.password, "-file", dir.resolve("sandbox.pem").toString());
        certificates.keytool("-exportcert", "-rfc", "-alias", "hub", "-keystore", certificates.clientKeyStore().toString(),
                "-storepass", certificates.password, "-file", dir.resolve("hub.pem").toString());
        certificates.keytool("-importcert", "-noprompt", "-alias", "sandbox", "-file", dir.resolve("sandbox.pem").toString(),
                "-keystore", certificates.clientTrustStore().toString(), "-storetype", "PKCS12",
                "-storepass", certificates.password);
        certificates.keytool("-importcert", "-noprompt", "-alias", "hub", "-file", dir.resolve("hub.pem").toString(),
                "-keystore", certificates.serverTrustStore().toString(), "-storetype", "PKCS12",
                "-storepass", certificates.password);
        return certificates;
    }

    private void keyPair(String alias, String dname, Path store, String extension) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname",
                "secp256r1", "-sigalg", "SHA256withECDSA", "-dname", dname, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", password, "-keypass", password));
        if (extension != null) {
            args.addAll(List.of("-ext", extension));
        }
        keytool(args.toArray(String[]::new));
    }

    private void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + output);
        }
    }
}
