package vn.vhttdl.hub.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Artemis broker from the distribution on Maven Central (unpacked by the build into
 * {@code artemis.home}), with its own instance folder and journal, that a test can kill with
 * SIGKILL and start again on the same journal.
 */
public final class StandaloneBroker implements AutoCloseable {

    public static final String USER = "hub";
    public static final String PASSWORD = "hub-broker";

    private final Path instance;
    private final int port;
    private Process process;

    private StandaloneBroker(Path instance, int port) {
        this.instance = instance;
        this.port = port;
    }

    /** Creates a broker instance (journal sync on, as shipped) and starts it. */
    public static StandaloneBroker create(Path folder) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("artemis.home", "target/artemis-distribution/missing"));
        if (!Files.isRegularFile(home.resolve("bin/artemis"))) {
            throw new IllegalStateException("No Artemis distribution at " + home + ": run mvn verify, which unpacks it");
        }
        int port = JvmProcess.freePort();
        Path instance = folder.resolve("broker");
        Process create = new ProcessBuilder(List.of("bash", home.resolve("bin/artemis").toString(), "create",
                "--user", USER, "--password", PASSWORD, "--require-login", "--silent", "--no-web", "--no-autotune",
                "--no-amqp-acceptor", "--no-hornetq-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor",
                "--host", "127.0.0.1", "--default-port", String.valueOf(port), instance.toString()))
                .redirectErrorStream(true).redirectOutput(folder.resolve("broker-create.log").toFile()).start();
        if (!create.waitFor(120, TimeUnit.SECONDS) || create.exitValue() != 0) {
            throw new IllegalStateException("artemis create failed; see " + folder.resolve("broker-create.log"));
        }
        StandaloneBroker broker = new StandaloneBroker(instance, port);
        broker.start();
        return broker;
    }

    public void start() throws IOException {
        process = new ProcessBuilder(List.of("bash", instance.resolve("bin/artemis").toString(), "run"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(instance.resolve("broker.log").toFile()))
                .start();
        await("Artemis on port " + port).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Artemis exited; see " + instance.resolve("broker.log"));
            }
            return listening();
        });
    }

    /** Kills the broker JVM with SIGKILL (and the launcher script's children with it). */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        await("Artemis stopped").atMost(Duration.ofSeconds(30)).until(() -> !listening());
    }

    /** The URL for {@code spring.artemis.broker-url}: the client reconnects for ever while the broker is away. */
    public String url() {
        return "tcp://127.0.0.1:" + port + "?reconnectAttempts=-1&retryInterval=500&retryIntervalMultiplier=1.5"
                + "&maxRetryInterval=3000";
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }
}
