package vn.vhttdl.hub.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the {@link Baseline} as its own JVM over the source table and measures each of its passes
 * from its {@code BENCH START} to its {@code BENCH DONE} (JVM start-up left out, as it is for the
 * hub, which is already running when its run is triggered).
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

    /** @return one result per pass, in order */
    List<ThroughputResult> measure(Path routesDir) throws IOException, InterruptedException {
        BlockingQueue<String> marks = new LinkedBlockingQueue<>();
        Path benchJar = Path.of(Baseline.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<String> args = List.of("-cp", benchJar.toString(), Baseline.class.getName(),
                "--url", source.jdbcUrl(), "--user", source.user(),
                "--sql", routesDir.resolve("sql/heritage-bench.sql").toString(),
                "--target", "http://127.0.0.1:" + receiver.port() + "/bench/di-tich",
                "--batch-size", Integer.toString(options.batchSize()),
                "--fetch-size", Integer.toString(options.fetchSize()),
                "--in-flight", Integer.toString(options.inFlight()),
                "--passes", Integer.toString(options.passes()),
                "--hold");
        try (ChildJvm baseline = ChildJvm.start("baseline", run.jvmOptions("baseline"), args, run.path(),
                run.file("baseline.log"), run.pids(), line -> {
                    if (line.equals("BENCH START") || line.startsWith("BENCH DONE")) {
                        marks.add(line);
                    }
                })) {
            List<Pass> passes = new ArrayList<>();
            for (int pass = 1; pass <= options.passes(); pass++) {
                receiver.reset();
                if (pass > 1) {
                    baseline.send("next");
                }
                passes.add(measurePass(baseline, marks, pass));
            }
            baseline.release();
            if (!baseline.awaitExit(30)) {
                log.accept("baseline: did not exit after its stdin closed; stopping it");
            }
            GcLog gc = GcLog.read(run.gcLog("baseline"));
            List<ThroughputResult> results = new ArrayList<>();
            for (Pass p : passes) {
                results.add(new ThroughputResult("baseline", p.pass(), p.records(), p.window(),
                        gc.peakHeapBytes(p.fromUptime(), p.toUptime()), gc.fullCollections(p.fromUptime(), p.toUptime()),
                        gc.liveHeapBytes(p.fromUptime(), p.toUptime()), p.bytes(), p.doneLine(), new GcLog.LiveSet(-1, -1)));
            }
            if (run.profiling()) {
                Pass last = passes.get(passes.size() - 1);
                Profiles.summarise(run, "baseline", last.from(), last.to(), log);
            }
            return results;
        }
    }

    /** One pass's window: in the baseline's uptime (as its GC log counts) and in wall-clock time (as JFR does). */
    private record Pass(int pass, long records, long bytes, PhaseMonitor.Window window, String doneLine, double fromUptime,
            double toUptime, Instant from, Instant to) {
    }

    private Pass measurePass(ChildJvm baseline, BlockingQueue<String> marks, int pass) throws IOException, InterruptedException {
        await(marks, "BENCH START", baseline, Duration.ofSeconds(60));
        double fromUptime = PhaseMonitor.uptimeSeconds(baseline.pid());
        Instant from = Instant.now();
        PhaseMonitor monitor = new PhaseMonitor(sampler, baseline.pid(), 5);
        long deadline = System.nanoTime() + Deadlines.forRecords(options.records()).toNanos();
        long lastReport = System.nanoTime();
        String done;
        while ((done = marks.poll(1, TimeUnit.SECONDS)) == null) {
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
        if (!done.startsWith("BENCH DONE")) {
            monitor.close();
            throw new IllegalStateException("the baseline said '" + done + "' where it should have finished pass " + pass);
        }
        PhaseMonitor.Window window = monitor.finish();
        Instant to = Instant.now();
        double toUptime = PhaseMonitor.uptimeSeconds(baseline.pid());
        log.accept("baseline: pass " + pass + " " + done);
        return new Pass(pass, receiver.records(), receiver.bytes(), window, done, fromUptime, toUptime, from, to);
    }

    private static void await(BlockingQueue<String> marks, String mark, ChildJvm child, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String line;
        while ((line = marks.poll(200, TimeUnit.MILLISECONDS)) == null) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(child + " did not start a pass (exit code " + child.exitCode() + ")");
            }
        }
        if (!line.equals(mark)) {
            throw new IllegalStateException(child + " said '" + line + "' where '" + mark + "' was expected");
        }
    }
}
