package vn.vhttdl.hub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Markdown section one benchmark run appends to {@code bench/README.md}: the settings and
 * machine, the throughput table with the hub/baseline ratios, the single-record latency, the
 * hub's heap over the run and the targets of the issue, met or missed by how much.
 */
public final class BenchReport {

    /** Throughput the hub must reach end to end (records/s, 1M records, 2 cores). */
    static final double TARGET_RECORDS_PER_SECOND = 50_000;
    /** Hub throughput as a share of the baseline's, in the same run. */
    static final double TARGET_RATIO = 0.7;
    /** Single-record p99, in milliseconds. */
    static final double TARGET_P99_MILLIS = 200;
    /** The live heap of the last quarter may exceed that of the second quarter by this factor and still be "flat". */
    static final double FLAT_TOLERANCE = 1.25;

    /**
     * @param date       when, local time with zone
     * @param records    rows generated
     * @param heap       {@code -Xmx} of both programs
     * @param batchSize  records per POST
     * @param fetchSize  rows per JDBC round trip
     * @param inFlight   batches the baseline keeps in flight
     * @param recordSize average bytes of one row as text in PostgreSQL
     * @param label      a note from the command line, may be blank
     * @param passes     passes over the table per program, in the same JVM
     */
    public record Settings(String date, long records, String heap, int batchSize, int fetchSize, int inFlight,
            double recordSize, String label, int passes) {
    }

    private BenchReport() {
    }

    /**
     * @param results  baseline and/or hub, in that order
     * @param latency  null when not measured
     * @param notes    free lines printed after the targets (failures, the catch-up run...)
     */
    public static String markdown(Settings settings, MachineInfo machine, List<ThroughputResult> results, LatencyResult latency,
            List<String> notes) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(settings.date()).append(" — ").append(count(settings.records())).append(" records, -Xmx")
                .append(settings.heap());
        if (!settings.label().isBlank()) {
            md.append(" — ").append(settings.label());
        }
        md.append("\n\n");
        md.append(String.format(Locale.US, "Machine: %d CPUs (%s), %s, %s, %s, PostgreSQL %s. ", machine.cpus(),
                machine.cpuModel(), machine.memory(), machine.os(), machine.java(), machine.postgres()));
        md.append(String.format(Locale.US, "Batch %d records, fetch size %d, baseline %d batches in flight; "
                + "a source row is %,.0f bytes as text.", settings.batchSize(), settings.fetchSize(), settings.inFlight(),
                settings.recordSize()));
        if (settings.passes() > 1) {
            md.append(String.format(Locale.US, " Each program reads the whole table %d times in one JVM: pass 1 right after "
                    + "its start, while the JIT compiles its code; the later passes warm, as the hub's nightly runs are.",
                    settings.passes()));
        }
        md.append("\n\n");
        if (!results.isEmpty()) {
            md.append(table(results, settings.passes()));
        }
        if (latency != null) {
            md.append(latencyLine(latency));
        }
        results.stream().filter(r -> r.program().equals("hub"))
                .forEach(hub -> md.append(heapLine(hub, settings.passes())));
        md.append('\n');
        List<String> targets = targets(settings, results, latency);
        if (!targets.isEmpty()) {
            md.append("Targets:\n\n");
            targets.forEach(t -> md.append("- ").append(t).append('\n'));
            md.append('\n');
        }
        List<String> all = new ArrayList<>(contention(machine, results, settings.passes()));
        all.addAll(notes);
        all.forEach(n -> md.append("- ").append(n).append('\n'));
        if (!all.isEmpty()) {
            md.append('\n');
        }
        return md.toString();
    }

    static String table(List<ThroughputResult> results, int passes) {
        StringBuilder md = new StringBuilder();
        md.append("| program | records | time (s) | records/s | CPU (s) | CPU µs/record | peak heap (MB) | peak RSS (MB) "
                + "| JSON bytes/record | PostgreSQL CPU (s) | receiver CPU (s) | other CPU (s) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ThroughputResult r : results) {
            PhaseMonitor.Window w = r.window();
            md.append(String.format(Locale.US, "| %s | %s | %.1f | %s | %.1f | %.1f | %s | %s | %,.0f | %.1f | %.1f | %.1f |%n",
                    r.label(passes), count(r.records()), w.elapsedSeconds(), count(Math.round(r.recordsPerSecond())),
                    w.cpuSeconds(), r.cpuMicrosPerRecord(), r.peakHeapBytes() > 0 ? megabytes(r.peakHeapBytes()) : "no GC",
                    megabytes(w.peakRssBytes()),
                    r.bytesPerRecord(), w.postgresCpuSeconds(), w.driverCpuSeconds(), w.otherCpuSeconds()));
        }
        for (int pass = 1; pass <= passes; pass++) {
            Optional<ThroughputResult> baseline = find(results, "baseline", pass);
            Optional<ThroughputResult> hub = find(results, "hub", pass);
            if (baseline.isEmpty() || hub.isEmpty()) {
                continue;
            }
            ThroughputResult b = baseline.get();
            ThroughputResult h = hub.get();
            md.append(String.format(Locale.US, "| **hub / baseline%s** | | %.2f× | **%.2f×** | %.2f× | %.2f× | %.2f× | %.2f× | | | | |%n",
                    passes > 1 ? ", pass " + pass : "",
                    h.window().elapsedSeconds() / b.window().elapsedSeconds(),
                    h.recordsPerSecond() / b.recordsPerSecond(),
                    h.window().cpuSeconds() / b.window().cpuSeconds(),
                    h.cpuMicrosPerRecord() / b.cpuMicrosPerRecord(),
                    (double) h.peakHeapBytes() / b.peakHeapBytes(),
                    (double) h.window().peakRssBytes() / b.window().peakRssBytes()));
        }
        md.append('\n');
        return md.toString();
    }

    static String latencyLine(LatencyResult latency) {
        String line = String.format(Locale.US, "Single-record latency (%s; %,d samples after %d warm-up): p50 %.1f ms, p90 %.1f ms, "
                + "**p99 %.1f ms**, p99.9 %.1f ms, max %.1f ms, mean %.1f ms.",
                latency.path(), latency.samples(), latency.warmup(), latency.millisAt(50), latency.millisAt(90),
                latency.millisAt(99), latency.millisAt(99.9), latency.maxMillis(), latency.meanMillis());
        if (latency.trigger() != null && latency.trigger().getTotalCount() > 0) {
            line += String.format(Locale.US, " Of that, the trigger call alone (HTTP Basic auth, run record, audit, until its 202): "
                    + "p50 %.1f ms, p99 %.1f ms.", latency.trigger().getValueAtPercentile(50) / 1000.0,
                    latency.trigger().getValueAtPercentile(99) / 1000.0);
        }
        if (latency.afterTrigger() != null && latency.afterTrigger().getTotalCount() > 0) {
            line += String.format(Locale.US, " From the 202 to the arrival: p50 %.1f ms, p99 %.1f ms.",
                    latency.afterTrigger().getValueAtPercentile(50) / 1000.0,
                    latency.afterTrigger().getValueAtPercentile(99) / 1000.0);
        }
        return line + "\n\n";
    }

    static String heapLine(ThroughputResult hub, int passes) {
        List<Long> live = hub.liveHeapBytes();
        StringBuilder line = new StringBuilder();
        if (!live.isEmpty()) {
            line.append(String.format(Locale.US, "Hub live heap after each collection during the run%s (%d collections, "
                    + "%d full): first %s MB, median %s MB, max %s MB, last %s MB",
                    passes > 1 ? " of pass " + hub.pass() : "", live.size(), hub.fullGcs(), megabytes(live.get(0)), megabytes(median(live)),
                    megabytes(live.stream().mapToLong(Long::longValue).max().orElse(0)), megabytes(live.get(live.size() - 1))));
            if (live.size() >= 8) {
                line.append(String.format(Locale.US, "; median of the 2nd quarter %s MB, of the last quarter %s MB",
                        megabytes(secondQuarterMedian(live)), megabytes(lastQuarterMedian(live))));
            }
            line.append(". ");
        }
        GcLog.LiveSet liveSet = hub.liveSet();
        if (liveSet != null && liveSet.measured()) {
            line.append(String.format(Locale.US, "Live set (heap after a forced full GC, `jcmd GC.run`): %s MB before the run, "
                    + "%s MB after. ", megabytes(liveSet.beforeBytes()), megabytes(liveSet.afterBytes())));
        }
        List<PhaseMonitor.HeapSample> gauge = hub.window().heap();
        if (!gauge.isEmpty()) {
            line.append(String.format(Locale.US, "Heap in use every 5 s (%d samples, jstat): "
                    + "min %s MB, median %s MB, max %s MB.",
                    gauge.size(), megabytes(gauge.stream().mapToLong(PhaseMonitor.HeapSample::usedBytes).min().orElse(0)),
                    megabytes(median(gauge.stream().map(PhaseMonitor.HeapSample::usedBytes).toList())),
                    megabytes(gauge.stream().mapToLong(PhaseMonitor.HeapSample::usedBytes).max().orElse(0))));
        }
        return line.length() == 0 ? "" : line.append("\n\n").toString();
    }

    /**
     * @return a warning per program whose window shared the machine with other work (more than a
     *     tenth of all cores' time), since its figures are then pessimistic
     */
    static List<String> contention(MachineInfo machine, List<ThroughputResult> results, int passes) {
        List<String> warnings = new ArrayList<>();
        for (ThroughputResult r : results) {
            double share = r.window().otherCpuSeconds() / (machine.cpus() * r.window().elapsedSeconds());
            if (share > 0.1) {
                warnings.add(String.format(Locale.US, "⚠ During the %s run other processes used %.0f CPU-seconds, %.0f%% of the "
                        + "machine: its time and records/s are pessimistic (its CPU seconds much less so).", r.label(passes),
                        r.window().otherCpuSeconds(), share * 100));
            }
        }
        return warnings;
    }

    static List<String> targets(Settings settings, List<ThroughputResult> results, LatencyResult latency) {
        List<String> targets = new ArrayList<>();
        for (int pass = 1; pass <= settings.passes(); pass++) {
            String which = settings.passes() > 1 ? (pass == 1 ? " (pass 1, fresh JVM)" : " (pass " + pass + ", warm JVM)") : "";
            Optional<ThroughputResult> baseline = find(results, "baseline", pass);
            Optional<ThroughputResult> hub = find(results, "hub", pass);
            if (hub.isPresent() && baseline.isPresent()) {
                double ratio = hub.get().recordsPerSecond() / baseline.get().recordsPerSecond();
                targets.add(verdict(ratio >= TARGET_RATIO, String.format(Locale.US,
                        "hub throughput ≥ %.1f× the baseline%s: %.2f×%s", TARGET_RATIO, which, ratio,
                        ratio >= TARGET_RATIO ? "" : String.format(Locale.US, " (%.0f%% short)", (1 - ratio / TARGET_RATIO) * 100))));
            }
            if (hub.isPresent()) {
                double rate = hub.get().recordsPerSecond();
                targets.add(verdict(rate >= TARGET_RECORDS_PER_SECOND, String.format(Locale.US,
                        "≥ %,.0f records/s end to end%s: %,.0f records/s%s%s", TARGET_RECORDS_PER_SECOND, which, rate,
                        rate >= TARGET_RECORDS_PER_SECOND ? "" : String.format(Locale.US, " (%.0f%% short)",
                                (1 - rate / TARGET_RECORDS_PER_SECOND) * 100),
                        settings.records() == 1_000_000 ? "" : " (the target is stated for 1,000,000 records)")));
                if (settings.records() >= BenchOptions.TEN_MILLION) {
                    targets.add(memoryTarget(settings, hub.get(), which));
                }
            }
        }
        if (latency != null && latency.samples() > 0) {
            double p99 = latency.millisAt(99);
            targets.add(verdict(p99 < TARGET_P99_MILLIS, String.format(Locale.US,
                    "single-record p99 < %.0f ms: %.1f ms", TARGET_P99_MILLIS, p99)));
        }
        return targets;
    }

    private static String memoryTarget(Settings settings, ThroughputResult hub, String which) {
        List<Long> live = hub.liveHeapBytes();
        GcLog.LiveSet liveSet = hub.liveSet();
        boolean complete = hub.records() >= settings.records();
        boolean youngFlat = live.size() >= 8 && lastQuarterMedian(live) <= FLAT_TOLERANCE * secondQuarterMedian(live);
        // the forced full collections decide when they were made: they see the true live set
        boolean flat = liveSet != null && liveSet.measured()
                ? liveSet.afterBytes() <= Math.max(FLAT_TOLERANCE * liveSet.beforeBytes(), liveSet.beforeBytes() + 32 * 1024 * 1024)
                : youngFlat;
        String evidence = live.size() < 8 ? "too few collections to judge the heap"
                : String.format(Locale.US, "heap after young GCs median %s MB in the 2nd quarter, %s MB in the last",
                        megabytes(secondQuarterMedian(live)), megabytes(lastQuarterMedian(live)));
        if (liveSet != null && liveSet.measured()) {
            evidence += String.format(Locale.US, "; live set %s MB before, %s MB after",
                    megabytes(liveSet.beforeBytes()), megabytes(liveSet.afterBytes()));
        }
        return verdict(complete && flat, String.format(Locale.US,
                "%s records with -Xmx%s, no OutOfMemoryError, heap flat%s: %s of %s records delivered, %s",
                count(settings.records()), settings.heap(), which, count(hub.records()), count(settings.records()), evidence));
    }

    static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    static String megabytes(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.US, "%,d", Math.round(bytes / 1024.0 / 1024.0));
    }

    static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The second quarter, not the first: the first holds the start-up before the heap settles. */
    private static long secondQuarterMedian(List<Long> live) {
        int q = live.size() / 4;
        return median(live.subList(q, 2 * q));
    }

    private static long lastQuarterMedian(List<Long> live) {
        int q = live.size() / 4;
        return median(live.subList(live.size() - q, live.size()));
    }

    private static String verdict(boolean met, String text) {
        return (met ? "✅ met — " : "❌ missed — ") + text;
    }

    private static Optional<ThroughputResult> find(List<ThroughputResult> results, String program, int pass) {
        return results.stream().filter(r -> r.program().equals(program) && r.pass() == pass).findFirst();
    }
}
