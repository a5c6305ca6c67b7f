package vn.vhttdl.hub.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs the {@link Baseline} as its own JVM over the source table and measures it from its
 * {@code BENCH START} to its {@code BENCH DONE} (JVM start-up left out, as it is for the hub,
 * which is already running when its run is triggered).
 */
final class BaselineRun {

    private final BenchOptions options;
    private final RunDirectory run;
    private final SourceDatabase source;
    private final RecordReceiver receiver;
    private final ProcessSampler sampler;
    private final Consumer<String> log;

    BaselineRun(BenchOptions options, RunDirectory run, SourceDatabase source, RecordReceiver receiver, ProcessSampler sampler,
            Consumer<String> log) {
        this.options = options;
        this.run = run;
        this.source = source;
        this.receiver = receiver;
        this.sampler = sampler;
        this.log = log;
    }

    ThroughputResult measure(Path routesDir) throws IOException, InterruptedException {
        receiver.reset();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<String> doneLine = new AtomicReference<>();
        Path benchJar = Path.of(Baseline.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<String> args = List.of("-cp", benchJar.toString(), Baseline.class.getName(),
                "--url", source.jdbcUrl(), "--user", source.user(),
                "--sql", routesDir.resolve("sql/heritage-bench.sql").toString(),
                "--target", "http://127.0.0.1:" + receiver.port() + "/bench/di-tich",
                "--batch-size", Integer.toString(options.batchSize()),
                "--fetch-size", Integer.toString(options.fetchSize()),
                "--in-flight", Integer.toString(options.inFlight()),
                "--hold");
        try (ChildJvm baseline = ChildJvm.start("baseline", run.jvmOptions("baseline"), args, run.path(),
                run.file("baseline.log"), run.pids(), line -> {
                    if (line.equals("BENCH START")) {
                        started.countDown();
                    } else if (line.startsWith("BENCH DONE")) {
                        doneLine.set(line);
                        done.countDown();
                    }
                })) {
            await(started, baseline, Duration.ofSeconds(60), "start");
            Instant from = Instant.now();
            PhaseMonitor monitor = new PhaseMonitor(sampler, baseline.pid(), 5);
            long deadline = System.nanoTime() + Deadlines.forRecords(options.records()).toNanos();
            long lastReport = System.nanoTime();
            while (!done.await(1, TimeUnit.SECONDS)) {
                if (!baseline.isAlive()) {
                    monitor.close();
                    throw new IllegalStateException("the baseline stopped with exit code " + baseline.exitCode()
                            + " after " + receiver.records() + " records: see " + run.file("baseline.log"));
                }
                if (System.nanoTime() > deadline) {
                    monitor.close();
                    throw new IllegalStateException("the baseline did not finish in time: " + receiver.records() + " records");
                }
                if (System.nanoTime() - lastReport > 10_000_000_000L) {
                    lastReport = System.nanoTime();
                    log.accept("baseline: " + receiver.records() + " records at the receiver");
                }
            }
            PhaseMonitor.Window window = monitor.finish();
            Instant to = Instant.now();
            baseline.release();
            if (!baseline.awaitExit(30)) {
                log.accept("baseline: did not exit after its stdin closed; stopping it");
            }
            // the baseline's life is its run, give or take its start-up: the whole GC log counts
            GcLog gc = GcLog.read(run.gcLog("baseline"));
            List<Long> live = gc.liveHeapBytes(0, Double.MAX_VALUE);
            log.accept("baseline: " + doneLine.get());
            ThroughputResult result = new ThroughputResult("baseline", receiver.records(), window, gc.peakHeapBytes(),
                    gc.fullCollections(), live, receiver.bytes(), doneLine.get(), new GcLog.LiveSet(-1, -1));
            if (run.profiling()) {
                Profiles.summarise(run, "baseline", from, to, log);
            }
            return result;
        }
    }

    private static void await(CountDownLatch latch, ChildJvm child, Duration limit, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!latch.await(200, TimeUnit.MILLISECONDS)) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(child + " did not " + what + " (exit code " + child.exitCode() + ")");
            }
        }
    }
}
