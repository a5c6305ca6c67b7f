package vn.vhttdl.hub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The hub as administrators run it — its executable jar in its own JVM, PostgreSQL store,
 * embedded persistent Artemis with journal sync — over the generated table, to the receiver:
 * one full run for throughput, then single records for latency.
 */
final class HubRun implements AutoCloseable {

    static final String STORE_DATABASE = "bench_hub";
    private static final String USER = "bench";

    private final BenchOptions options;
    private final RunDirectory run;
    private final SourceDatabase source;
    private final RecordReceiver receiver;
    private final ProcessSampler sampler;
    private final Consumer<String> log;
    private final List<String> notes = new ArrayList<>();
    private ChildJvm hub;
    private HubClient client;
    /** The bulk runs' windows, by pass. */
    private final Map<Integer, BulkWindow> bulk = new HashMap<>();

    /** The bulk run's window in the hub's uptime (as its GC log counts) and in wall-clock time (as JFR does). */
    private record BulkWindow(double fromUptime, double toUptime, Instant from, Instant to) {
    }

    HubRun(BenchOptions options, RunDirectory run, SourceDatabase source, RecordReceiver receiver, ProcessSampler sampler,
            Consumer<String> log) {
        this.options = options;
        this.run = run;
        this.source = source;
        this.receiver = receiver;
        this.sampler = sampler;
        this.log = log;
    }

    /** Lines for the report: run counts, the catch-up run, anything unexpected. */
    List<String> notes() {
        return notes;
    }

    /** Starts the hub on a fresh store and waits until it is healthy and knows the bench exchange. */
    void start(Path routesDir) throws IOException, InterruptedException, SQLException {
        if (!options.hubJar().toFile().isFile()) {
            throw new IllegalStateException("no hub jar at " + options.hubJar() + ": build it with mvn -B -DskipTests package");
        }
        source.recreate(STORE_DATABASE);
        // a copy: a build running beside the benchmark may rewrite the jar while the hub loads classes from it
        Path jar = run.file("hub.jar");
        Files.copy(options.hubJar(), jar, StandardCopyOption.REPLACE_EXISTING);
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                "--hub.routes-dir=" + routesDir,
                "--spring.datasource.url=" + source.jdbcUrl(STORE_DATABASE),
                "--spring.datasource.username=" + source.user(),
                "--spring.datasource.password=",
                "--spring.artemis.embedded.data-directory=" + run.file("hub-data/artemis"),
                "--hub.datasources.bench.url=" + source.jdbcUrl(),
                "--hub.datasources.bench.username=" + source.user(),
                "--hub.connectors.receiver.base-url=http://127.0.0.1:" + receiver.port(),
                "--hub.connectors.receiver.auth.type=none",
                "--hub.security.users[0].username=" + USER,
                "--hub.security.users[0].password=" + USER,
                "--hub.security.users[0].roles[0]=ADMIN"));
        overrideWith(args, options.hubArgs());
        hub = ChildJvm.start("hub", run.jvmOptions("hub"), args, run.path(), run.file("hub.log"), run.pids(), null);
        client = new HubClient(port, USER, USER);
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!client.healthy()) {
            if (!hub.isAlive()) {
                throw new IllegalStateException("the hub stopped during start-up (exit code " + hub.exitCode() + "): see "
                        + run.file("hub.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the hub was not healthy after 180 s: see " + run.file("hub.log"));
            }
            Thread.sleep(500);
        }
        JsonNode exchange = client.exchange(BenchOptions.EXCHANGE);
        if (exchange == null) {
            throw new IllegalStateException("the hub does not list the exchange " + BenchOptions.EXCHANGE + " from " + routesDir);
        }
        JsonNode errors = exchange.path("definitionErrors");
        if (errors.isArray() && errors.size() > 0) {
            throw new IllegalStateException("the hub refused " + BenchOptions.EXCHANGE + ".yaml: " + errors);
        }
        log.accept("hub: healthy on port " + port + " (pid " + hub.pid() + ")");
    }

    /**
     * One full run of the whole table, from the trigger until every record is at the receiver and
     * the run settled. A full run sends every record again, so each pass does the same work; the
     * first pays for the JIT compiling the hub's code, as the first run after a start does.
     */
    ThroughputResult measureThroughput(int pass) throws IOException, InterruptedException {
        receiver.reset();
        // the live set before and after, for the heap's course: see GcLog.liveSetAround
        forceFullCollection();
        double uptimeFrom = uptimeSeconds();
        Instant from = Instant.now();
        PhaseMonitor monitor = new PhaseMonitor(sampler, hub.pid(), 5);
        String runId = client.startRun(BenchOptions.EXCHANGE, true);
        JsonNode view = awaitSettled(runId, options.records(), Deadlines.forRecords(options.records()), true);
        PhaseMonitor.Window window = monitor.finish();
        Instant to = Instant.now();
        double uptimeTo = uptimeSeconds();
        forceFullCollection();
        String counts = describe(view);
        log.accept("hub: run " + runId + " " + counts);
        notes.add("Hub bulk run" + (options.passes() > 1 ? " (pass " + pass + ")" : "") + ": " + counts
                + (receiver.duplicateBatches() > 0 ? "; " + receiver.duplicateBatches() + " batches arrived twice" : "") + ".");
        bulk.put(pass, new BulkWindow(uptimeFrom, uptimeTo, from, to));
        return new ThroughputResult("hub", pass, receiver.records(), window, 0, 0, List.of(), receiver.bytes(), counts, null);
    }

    /**
     * Completes the throughput result with the heap figures of the GC log, which is complete only
     * once the hub stopped; and writes the profile of the throughput window when profiling.
     */
    ThroughputResult withHeap(ThroughputResult partial) throws IOException {
        GcLog gc = GcLog.read(run.gcLog("hub"));
        BulkWindow window = bulk.get(partial.pass());
        double fromUptime = window.fromUptime();
        double toUptime = window.toUptime();
        GcLog.LiveSet liveSet = gc.liveSetAround(fromUptime, toUptime);
        List<GcLog.Pause> forced = gc.forcedCollections();
        int after = 2 * partial.pass() - 1;
        if (forced.size() > after) {
            // the run lies between its two forced collections, as the log itself dates them
            GcLog.Pause first = forced.get(after - 1);
            GcLog.Pause last = forced.get(after);
            fromUptime = Math.nextUp(first.uptimeSeconds());
            toUptime = Math.nextDown(last.uptimeSeconds());
            liveSet = new GcLog.LiveSet(first.afterBytes(), last.afterBytes());
        }
        long peak = gc.peakHeapBytes(fromUptime, toUptime);
        long fulls = gc.fullCollections(fromUptime, toUptime);
        if (run.profiling() && partial.pass() == options.passes()) {
            Profiles.summarise(run, "hub", window.from(), window.to(), log);
        }
        return new ThroughputResult(partial.program(), partial.pass(), partial.records(), partial.window(), peak, fulls,
                gc.liveHeapBytes(fromUptime, toUptime), partial.bodyBytes(), partial.note(), liveSet);
    }

    /** Single records through the whole path; see {@link LatencyProbe}. */
    LatencyResult measureLatency() throws IOException, InterruptedException, SQLException {
        // the full run moved the watermark to the newest bulk row; one empty run proves it
        Instant t0 = Instant.now();
        JsonNode catchUp = awaitSettled(client.startRun(BenchOptions.EXCHANGE, false), 0, Duration.ofMinutes(10), false);
        notes.add("Incremental run right after the bulk run (nothing new): " + describe(catchUp) + ", "
                + Duration.between(t0, Instant.now()).toMillis() + " ms.");
        return new LatencyProbe(source, receiver, client, log).measure(options.latencySamples(),
                Duration.ofSeconds(options.latencySeconds()));
    }

    @Override
    public void close() {
        if (hub != null) {
            hub.close();
        }
    }

    /**
     * Waits until the receiver counted {@code expected} records (when {@code countRecords}) and
     * the run left RUNNING; a run that settles with fewer records waits a little for stragglers.
     */
    private JsonNode awaitSettled(String runId, long expected, Duration limit, boolean countRecords)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long lastReport = System.nanoTime();
        long lastPoll = 0;
        long settledAt = 0;
        JsonNode view = null;
        while (true) {
            if (countRecords && System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                log.accept("hub: " + receiver.records() + " records at the receiver");
            }
            boolean arrived = !countRecords || receiver.records() >= expected;
            if (!arrived && System.nanoTime() - lastPoll < 30_000_000_000L) {
                // the receiver's count is free to read, while every API call costs the hub a BCrypt
                // check (~0.1 s of CPU): until the records are all there, the API is asked only every
                // 30 s, to notice a run that failed
                Thread.sleep(20);
                continue;
            }
            lastPoll = System.nanoTime();
            view = client.run(runId);
            boolean settled = !"RUNNING".equals(view.path("status").asText());
            if (settled && arrived) {
                return view;
            }
            if (settled) {
                settledAt = settledAt == 0 ? System.nanoTime() : settledAt;
                if (System.nanoTime() - settledAt > 30_000_000_000L) {
                    log.accept("hub: run " + runId + " settled with " + receiver.records() + " of " + expected
                            + " records at the receiver");
                    return view;
                }
            }
            if (!hub.isAlive()) {
                throw new IllegalStateException("the hub stopped (exit code " + hub.exitCode() + ") during run " + runId
                        + ": see " + run.file("hub.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("run " + runId + " did not settle in " + limit + ": " + describe(view));
            }
            Thread.sleep(20);
        }
    }

    /**
     * Adds the experiment's {@code --name=value} arguments, replacing the driver's own for the same
     * name: Spring Boot would join two values of one name with a comma.
     */
    static void overrideWith(List<String> args, List<String> extra) {
        for (String arg : extra) {
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq + 1) : arg;
            args.removeIf(existing -> existing.startsWith(name));
            args.add(arg);
        }
    }

    /** {@code jcmd <pid> GC.run}: a full collection, outside the measured window. */
    private void forceFullCollection() throws IOException, InterruptedException {
        Path inJdk = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process jcmd = new ProcessBuilder(Files.isExecutable(inJdk) ? inJdk.toString() : "jcmd", Long.toString(hub.pid()), "GC.run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
            jcmd.destroyForcibly();
            log.accept("hub: jcmd GC.run did not finish in 60 s");
        }
    }

    private double uptimeSeconds() {
        return PhaseMonitor.uptimeSeconds(hub.pid());
    }

    static String describe(JsonNode view) {
        JsonNode c = view.path("counts");
        return view.path("status").asText() + " read " + c.path("read").asLong() + ", invalid " + c.path("invalid").asLong()
                + ", unchanged " + c.path("skippedUnchanged").asLong() + ", enqueued " + c.path("enqueued").asLong()
                + ", delivered " + c.path("delivered").asLong() + ", dead-lettered " + c.path("deadLettered").asLong()
                + ", repaired fields " + c.path("repairedFields").asLong()
                + (view.path("error").isTextual() ? ", error: " + view.path("error").asText() : "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
