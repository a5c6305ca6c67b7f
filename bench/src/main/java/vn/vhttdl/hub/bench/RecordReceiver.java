package vn.vhttdl.hub.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stand-in target of both the baseline and the hub: accepts any POST of a batch envelope on
 * 127.0.0.1, counts its records and answers 200 with a small receipt at once.
 *
 * <p>It runs inside the driver's JVM, so its CPU is not charged to the program under test, and
 * the arrival times of tracked keys are {@link System#nanoTime()} values comparable with the
 * driver's own clock (the latency probe needs no cross-process clock). {@code GET /_bench/stats}
 * answers the counters as JSON for a human with curl.
 */
public final class RecordReceiver implements AutoCloseable {

    static {
        // The JDK server writes a response's headers and its body in two segments; with Nagle's
        // algorithm on, the body waits for the client's delayed ACK of the headers — 40 ms on
        // Linux — and every batch of every program then took ≥ 40 ms. Read once, when the first
        // server is created, so it is set before any is.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final String trackedPrefix;
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong duplicateBatches = new AtomicLong();
    private final Set<String> batchKeys = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();

    private RecordReceiver(HttpServer server, ExecutorService workers, String trackedPrefix) {
        this.server = server;
        this.workers = workers;
        this.trackedPrefix = trackedPrefix;
    }

    /**
     * @param port          0 for any free port
     * @param threads       request threads; a few are plenty, the work per request is a byte scan
     * @param trackedPrefix record keys starting with this get their arrival time noted (latency probe)
     */
    public static RecordReceiver start(int port, int threads, String trackedPrefix) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "receiver-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        RecordReceiver receiver = new RecordReceiver(server, workers, trackedPrefix);
        server.createContext("/_bench/stats", receiver::stats);
        server.createContext("/", receiver::receive);
        server.setExecutor(workers);
        server.start();
        return receiver;
    }

    /** @return the port it listens on, on 127.0.0.1 */
    public int port() {
        return server.getAddress().getPort();
    }

    public long records() {
        return records.get();
    }

    public long batches() {
        return batches.get();
    }

    public long bytes() {
        return bytes.get();
    }

    /** @return batches whose {@code Idempotency-Key} had been seen before (redeliveries) */
    public long duplicateBatches() {
        return duplicateBatches.get();
    }

    /** @return the {@link System#nanoTime()} at which the record with this key arrived, or null */
    public Long arrivalNanos(String key) {
        return arrivals.get(key);
    }

    /** Forgets everything received, between two measured phases. */
    public void reset() {
        records.set(0);
        batches.set(0);
        bytes.set(0);
        duplicateBatches.set(0);
        batchKeys.clear();
        arrivals.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "{\"error\":\"POST a batch\"}");
                return;
            }
            byte[] body = readBody(exchange);
            long arrived = System.nanoTime();
            int count = RecordCounter.count(body, body.length, trackedPrefix, key -> arrivals.putIfAbsent(key, arrived));
            String batchKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (batchKey != null && !batchKeys.add(batchKey)) {
                duplicateBatches.incrementAndGet();
            }
            bytes.addAndGet(body.length);
            long batch = batches.incrementAndGet();
            records.addAndGet(count);
            answer(exchange, 200, "{\"receiptId\":\"bench-" + batch + "\",\"accepted\":" + count + "}");
        }
    }

    private void stats(HttpExchange exchange) throws IOException {
        try (exchange) {
            answer(exchange, 200, "{\"records\":" + records() + ",\"batches\":" + batches() + ",\"bytes\":" + bytes()
                    + ",\"duplicateBatches\":" + duplicateBatches() + "}");
        }
    }

    /** Reads the whole body into one array sized by Content-Length when the sender gives it. */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try (InputStream in = exchange.getRequestBody()) {
            if (declared == null) {
                return in.readAllBytes();
            }
            byte[] body = new byte[Integer.parseInt(declared.trim())];
            int read = in.readNBytes(body, 0, body.length);
            return read == body.length ? body : Arrays.copyOf(body, read);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
