package vn.vhttdl.hub.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark, start to end: generate the source rows, run the baseline, run the hub (bulk
 * throughput, then single-record latency), write the report and append it to
 * {@code bench/README.md}, drop the databases. {@code scripts/bench.sh} builds and calls it; see
 * {@code bench/README.md} for the options.
 */
public final class BenchDriver {

    static final String SOURCE_DATABASE = "bench_source";

    private final BenchOptions options;
    private PrintWriter driverLog;

    private BenchDriver(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.from(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage() + " (see bench/README.md for the options)");
            System.exit(2);
            return;
        }
        System.exit(new BenchDriver(options).run());
    }

    private int run() {
        int exit = 0;
        SourceDatabase source = new SourceDatabase(options.pgHost(), options.pgPort(), options.pgUser(), SOURCE_DATABASE);
        RunDirectory run;
        try {
            run = new RunDirectory(options.runDir(), options.heap(), options.profile());
            driverLog = new PrintWriter(Files.newBufferedWriter(run.file("driver.log"), StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            System.err.println("bench: cannot create the run directory: " + e.getMessage());
            return 1;
        }
        log("run directory " + run.path());
        List<ThroughputResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        LatencyResult latency = null;
        MachineInfo machine;
        double rowBytes;
        try {
            Path routes = routesFor(run);
            machine = MachineInfo.collect(source.serverVersion());
            log("machine: " + machine);
            long t0 = System.nanoTime();
            if (source.prepare(options.records(), this::log)) {
                notes.add(String.format("Generating %s rows took %.0f s.", BenchReport.count(options.records()),
                        (System.nanoTime() - t0) / 1e9));
            }
            rowBytes = source.averageRowBytes();
            try (RecordReceiver receiver = RecordReceiver.start(0, 4, SourceDatabase.LATENCY_KEY_PREFIX)) {
                ProcessSampler sampler = new ProcessSampler();
                log("receiver on 127.0.0.1:" + receiver.port());
                if (options.baseline()) {
                    try {
                        log("baseline: " + BenchReport.count(options.records()) + " records");
                        for (ThroughputResult pass : new BaselineRun(options, run, source, receiver, sampler, this::log).measure(routes)) {
                            results.add(pass);
                            log(String.format("baseline: pass %d %,.0f records/s", pass.pass(), pass.recordsPerSecond()));
                        }
                    } catch (Exception e) {
                        exit = fail(notes, "baseline", e);
                    }
                }
                if (options.hub()) {
                    List<ThroughputResult> partial = new ArrayList<>();
                    HubRun hub = new HubRun(options, run, source, receiver, sampler, this::log);
                    try {
                        hub.start(routes);
                        for (int pass = 1; pass <= options.passes(); pass++) {
                            log("hub: pass " + pass + ", " + BenchReport.count(options.records()) + " records");
                            ThroughputResult result = hub.measureThroughput(pass);
                            partial.add(result);
                            log(String.format("hub: pass %d %,.0f records/s", pass, result.recordsPerSecond()));
                        }
                        if (options.latencySamples() > 0) {
                            latency = hub.measureLatency();
                        }
                    } catch (Exception e) {
                        exit = fail(notes, "hub", e);
                    } finally {
                        hub.close();
                        notes.addAll(hub.notes());
                    }
                    for (ThroughputResult result : partial) {
                        results.add(hub.withHeap(result));
                    }
                }
            }
        } catch (Exception e) {
            fail(notes, "bench", e);
            return 1;
        } finally {
            cleanUp(source, run);
        }
        String report = BenchReport.markdown(new BenchReport.Settings(
                ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")), options.records(),
                options.heap(), options.batchSize(), options.fetchSize(), options.inFlight(), rowBytes, options.label(),
                options.passes()),
                machine, results, latency, notes);
        try {
            Files.writeString(run.file("report.md"), report, StandardCharsets.UTF_8);
            System.out.println();
            System.out.println(report);
            if (options.appendReadme() && !results.isEmpty()) {
                Path readme = options.repo().resolve("bench/README.md");
                Files.writeString(readme, "\n" + report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                log("appended the table to " + readme);
            }
        } catch (IOException e) {
            System.err.println("bench: cannot write the report: " + e.getMessage());
            return 1;
        }
        return exit;
    }

    /**
     * Copies {@code bench/routes} into the run directory with the batch and fetch sizes of the
     * command line, so that the hub and the baseline always use the same ones.
     */
    private Path routesFor(RunDirectory run) throws IOException {
        Path from = options.repo().resolve("bench/routes");
        Path to = run.file("routes");
        Files.createDirectories(to.resolve("sql"));
        Files.copy(from.resolve("sql/heritage-bench.sql"), to.resolve("sql/heritage-bench.sql"));
        String yaml = Files.readString(from.resolve(BenchOptions.EXCHANGE + ".yaml"), StandardCharsets.UTF_8)
                .replaceAll("(?m)^(\\s*batch-size:).*$", "$1 " + options.batchSize())
                .replaceAll("(?m)^(\\s*fetch-size:).*$", "$1 " + options.fetchSize());
        Files.writeString(to.resolve(BenchOptions.EXCHANGE + ".yaml"), yaml, StandardCharsets.UTF_8);
        return to;
    }

    private void cleanUp(SourceDatabase source, RunDirectory run) {
        if (options.keep()) {
            log("keeping the databases " + SOURCE_DATABASE + ", " + HubRun.STORE_DATABASE + " and " + run.file("hub-data"));
            return;
        }
        try {
            source.drop(HubRun.STORE_DATABASE);
            source.drop(SOURCE_DATABASE);
            deleteTree(run.file("hub-data"));
            Files.deleteIfExists(run.file("hub.jar"));
            log("dropped the databases and the hub's data directory (--keep keeps them)");
        } catch (Exception e) {
            log("clean-up failed: " + e.getMessage());
        }
    }

    private int fail(List<String> notes, String phase, Exception e) {
        log(phase + " FAILED: " + e);
        e.printStackTrace(driverLog);
        notes.add("**" + phase + " failed**: " + e.getMessage());
        return 1;
    }

    private void log(String line) {
        String stamped = "[bench " + LocalTime.now().withNano(0) + "] " + line;
        System.out.println(stamped);
        if (driverLog != null) {
            driverLog.println(stamped);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
