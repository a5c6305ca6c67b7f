package vn.vhttdl.hub.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Watches one measured window of a program under test: its CPU time (all threads, GC and JIT
 * included), its peak RSS, the driver's own CPU (the receiver) and PostgreSQL's CPU, sampled in
 * the background so that database backends which close before the end are still counted. An
 * optional heap probe (the hub's Prometheus gauge) is sampled every few seconds.
 */
public final class PhaseMonitor implements AutoCloseable {

    /**
     * What a window cost. Seconds of CPU are summed over all cores; {@code machineCpuSeconds} is
     * everything the machine did, so what is not the program, PostgreSQL or the driver was some
     * other process competing for the cores.
     */
    public record Window(double elapsedSeconds, double cpuSeconds, double driverCpuSeconds, double postgresCpuSeconds,
            double machineCpuSeconds, long peakRssBytes, List<HeapSample> heap) {

        /** @return CPU seconds of processes that are neither measured nor part of the set-up */
        public double otherCpuSeconds() {
            return Math.max(0, machineCpuSeconds - cpuSeconds - driverCpuSeconds - postgresCpuSeconds);
        }
    }

    /** The heap in use at some second of the window. */
    public record HeapSample(double second, long usedBytes) {
    }

    private static final long SAMPLE_MILLIS = 250;

    private final ProcessSampler sampler;
    private final long pid;
    private final long driverPid = ProcessHandle.current().pid();
    private final HeapSampler heapSampler;
    private final Map<Long, Long> postgresAtStart;
    private final Map<Long, Long> postgresLatest = new HashMap<>();
    private final long startNanos;
    private final double cpuAtStart;
    private final double driverCpuAtStart;
    private final double machineAtStart;
    private final Thread thread;
    private volatile boolean running = true;
    private double lastCpu;

    /** Starts the window now; the heap is sampled every {@code heapEverySeconds}. */
    public PhaseMonitor(ProcessSampler sampler, long pid, int heapEverySeconds) throws IOException {
        this.sampler = sampler;
        this.pid = pid;
        this.heapSampler = new HeapSampler(pid, heapEverySeconds, uptimeSeconds(pid));
        this.postgresAtStart = sampler.postgresTicks();
        this.postgresLatest.putAll(postgresAtStart);
        this.driverCpuAtStart = sampler.cpuSeconds(driverPid);
        this.machineAtStart = sampler.machineBusySeconds();
        this.cpuAtStart = sampler.cpuSeconds(pid);
        this.lastCpu = cpuAtStart;
        this.startNanos = System.nanoTime();
        this.thread = new Thread(this::sampleUntilClosed, "phase-monitor");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Ends the window now (the program under test must still be alive, for its CPU and RSS). */
    public Window finish() throws InterruptedException {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double cpu = sampler.cpuSeconds(pid);
        double driverCpu = sampler.cpuSeconds(driverPid) - driverCpuAtStart;
        double machine = sampler.machineBusySeconds() - machineAtStart;
        long peakRss = sampler.peakRssBytes(pid);
        running = false;
        heapSampler.close();
        thread.join(5_000);
        double postgres;
        synchronized (postgresLatest) {
            postgresLatest.putAll(sampler.postgresTicks());
            postgres = sampler.postgresSecondsBetween(postgresAtStart, postgresLatest);
        }
        // a process that ended before finish(): its last sample is the best we have
        double used = (Double.isNaN(cpu) ? lastCpu : cpu) - cpuAtStart;
        return new Window(elapsed, used, driverCpu, postgres, machine, peakRss, heapSampler.samples());
    }

    @Override
    public void close() {
        running = false;
        heapSampler.close();
    }

    /** @return seconds since the JVM with this pid started, as its GC log and jstat count them */
    static double uptimeSeconds(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(p -> p.info().startInstant())
                .map(start -> Duration.between(start, Instant.now()).toMillis() / 1000.0)
                .orElse(0.0);
    }

    private void sampleUntilClosed() {
        while (running) {
            double cpu = sampler.cpuSeconds(pid);
            if (!Double.isNaN(cpu)) {
                lastCpu = cpu;
            }
            Map<Long, Long> postgres = sampler.postgresTicks();
            synchronized (postgresLatest) {
                postgresLatest.putAll(postgres);
            }
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
