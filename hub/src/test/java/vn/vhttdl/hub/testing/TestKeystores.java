package vn.vhttdl.hub.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Signing keys made by the test at run time with the JDK's {@code keytool}: no private key is
 * ever committed. Each key store holds one RSA key with a self-signed certificate; a trust store
 * holds only certificates.
 */
public final class TestKeystores {

    private TestKeystores() {
    }

    /** Creates {@code dir/<alias>.p12} (PKCS#12) with one key pair, store and key password {@code password}. */
    public static Path keyPair(Path dir, String alias, String password) throws IOException, InterruptedException {
        Path store = dir.resolve(alias + ".p12");
        keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
                "-dname", "CN=" + alias + ", O=So VHTTDL, C=VN", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", password, "-keypass", password);
        return store;
    }

    /** Adds the certificate of {@code alias} in {@code keyStore} to the PKCS#12 trust store {@code trustStore}. */
    public static void trust(Path keyStore, String alias, String password, Path trustStore, String trustPassword)
            throws IOException, InterruptedException {
        Path certificate = keyStore.resolveSibling(alias + ".cer");
        keytool("-exportcert", "-alias", alias, "-keystore", keyStore.toString(), "-storepass", password,
                "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", alias, "-file", certificate.toString(), "-storetype", "PKCS12",
                "-keystore", trustStore.toString(), "-storepass", trustPassword);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + output);
        }
    }
}
