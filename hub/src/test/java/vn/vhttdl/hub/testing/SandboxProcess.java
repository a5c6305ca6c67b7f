package vn.vhttdl.hub.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The sandbox (stand-in LGSP) as its own JVM, as administrators run it: the hub talks to it over
 * real HTTP, with real OAuth2; tests drive its control API.
 */
public final class SandboxProcess implements AutoCloseable {

    private final JvmProcess jvm;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private SandboxProcess(JvmProcess jvm) {
        this.jvm = jvm;
    }

    /** Starts the sandbox jar named by the system property {@code sandbox.jar} on a free port. */
    public static SandboxProcess start(String... extraArgs) throws IOException {
        return new SandboxProcess(JvmProcess.start("sandbox", "sandbox.jar", JvmProcess.freePort(),
                List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), List.of(extraArgs)));
    }

    public String baseUrl() {
        return jvm.baseUrl();
    }

    /** GET on the sandbox's control API. */
    public String get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build());
    }

    /** @return the HTTP status of a GET on the sandbox, whatever it is (a 404 is an answer here) */
    public int status(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** POST of a JSON body to the sandbox's control API. */
    public String post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** DELETE on the sandbox's control API. */
    public String delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).DELETE().build());
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    @Override
    public void close() {
        jvm.close();
    }
}
