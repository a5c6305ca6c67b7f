package vn.vhttdl.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static final long MB = 1024 * 1024;

    private static final MachineInfo MACHINE = new MachineInfo(2, "AMD EPYC", "23Gi RAM", "OpenJDK 17.0.15", "Linux 6.1",
            "15.20");

    private static BenchReport.Settings settings(long records) {
        return settings(records, 1);
    }

    private static BenchReport.Settings settings(long records, int passes) {
        return new BenchReport.Settings("2026-11-25 18:00 UTC", records, "1g", 500, 1000, 4, 1024, "", passes);
    }

    private static ThroughputResult result(String program, long records, double seconds, double cpu, long heapMb,
            List<Long> live) {
        return result(program, 1, records, seconds, cpu, heapMb, live);
    }

    private static ThroughputResult result(String program, int pass, long records, double seconds, double cpu, long heapMb,
            List<Long> live) {
        return new ThroughputResult(program, pass, records, new PhaseMonitor.Window(seconds, cpu, 1.5, 4.0, cpu + 6.0, 400 * MB,
                List.of(new PhaseMonitor.HeapSample(5, 100 * MB), new PhaseMonitor.HeapSample(10, 140 * MB))),
                heapMb * MB, 0, live, records * 1100, "", null);
    }

    @Test
    void theTableHasOneRowPerProgramAndTheRatios() {
        List<ThroughputResult> results = List.of(result("baseline", 1_000_000, 10, 15, 200, List.of()),
                result("hub", 1_000_000, 25, 45, 300, List.of(50 * MB)));

        String table = BenchReport.table(results, 1);

        assertThat(table).contains("| baseline | 1,000,000 | 10.0 | 100,000 | 15.0 | 15.0 | 200 | 400 | 1,100 | 4.0 | 1.5 | 0.5 |");
        assertThat(table).contains("| hub | 1,000,000 | 25.0 | 40,000 | 45.0 | 45.0 | 300 | 400 |");
        assertThat(table).contains("| **hub / baseline** | | 2.50× | **0.40×** | 3.00× | 3.00× | 1.50× | 1.00× | | | | |");
    }

    @Test
    void withTwoPassesEachPassHasItsRowsItsRatioAndItsTargets() {
        List<ThroughputResult> results = List.of(result("baseline", 1, 1_000_000, 10, 15, 200, List.of()),
                result("baseline", 2, 1_000_000, 8, 12, 200, List.of()),
                result("hub", 1, 1_000_000, 50, 90, 300, List.of()),
                result("hub", 2, 1_000_000, 20, 36, 300, List.of()));

        String table = BenchReport.table(results, 2);
        List<String> targets = BenchReport.targets(settings(1_000_000, 2), results, null);

        assertThat(table).contains("| baseline, pass 1 (fresh JVM) | 1,000,000 | 10.0 | 100,000 |")
                .contains("| baseline, pass 2 (warm JVM) | 1,000,000 | 8.0 | 125,000 |")
                .contains("| hub, pass 1 (fresh JVM) | 1,000,000 | 50.0 | 20,000 |")
                .contains("| hub, pass 2 (warm JVM) | 1,000,000 | 20.0 | 50,000 |")
                .contains("| **hub / baseline, pass 1** | | 5.00× | **0.20×** |")
                .contains("| **hub / baseline, pass 2** | | 2.50× | **0.40×** |");
        assertThat(targets).containsExactly(
                "❌ missed — hub throughput ≥ 0.7× the baseline (pass 1, fresh JVM): 0.20× (71% short)",
                "❌ missed — ≥ 50,000 records/s end to end (pass 1, fresh JVM): 20,000 records/s (60% short)",
                "❌ missed — hub throughput ≥ 0.7× the baseline (pass 2, warm JVM): 0.40× (43% short)",
                "✅ met — ≥ 50,000 records/s end to end (pass 2, warm JVM): 50,000 records/s");
    }

    @Test
    void targetsSayWhichAreMissedAndByHowMuch() {
        List<ThroughputResult> results = List.of(result("baseline", 1_000_000, 10, 15, 200, List.of()),
                result("hub", 1_000_000, 25, 45, 300, List.of()));
        Histogram histogram = LatencyResult.newHistogram();
        for (int ms = 1; ms <= 100; ms++) {
            histogram.recordValue(ms * 1000L);
        }

        List<String> targets = BenchReport.targets(settings(1_000_000), results, new LatencyResult(histogram, null, null, 20, "x"));

        assertThat(targets).containsExactly(
                "❌ missed — hub throughput ≥ 0.7× the baseline: 0.40× (43% short)",
                "❌ missed — ≥ 50,000 records/s end to end: 40,000 records/s (20% short)",
                "✅ met — single-record p99 < 200 ms: 99.0 ms");
    }

    @Test
    void tenMillionRecordsAreJudgedOnTheLiveHeap() {
        List<Long> flat = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            flat.add((60 + i % 5) * MB);
        }
        List<Long> growing = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            growing.add((60 + 5L * i) * MB);
        }
        BenchReport.Settings tenMillion = settings(10_000_000);

        assertThat(BenchReport.targets(tenMillion, List.of(result("hub", 10_000_000, 200, 300, 400, flat)), null))
                .anyMatch(t -> t.startsWith("✅ met — 10,000,000 records with -Xmx1g"));
        assertThat(BenchReport.targets(tenMillion, List.of(result("hub", 10_000_000, 200, 300, 400, growing)), null))
                .anyMatch(t -> t.startsWith("❌ missed — 10,000,000 records with -Xmx1g"));
    }

    @Test
    void aRunThatSharedTheMachineIsFlagged() {
        ThroughputResult quiet = result("baseline", 1_000_000, 10, 15, 200, List.of());
        ThroughputResult busy = new ThroughputResult("hub", 1, 1_000_000, new PhaseMonitor.Window(100, 80, 5, 20, 205, 400 * MB,
                List.of()), 300 * MB, 0, List.of(), 1_000_000_000L, "", null);

        assertThat(BenchReport.contention(MACHINE, List.of(quiet, busy), 1)).containsExactly(
                "⚠ During the hub run other processes used 100 CPU-seconds, 50% of the machine: its time and records/s are "
                        + "pessimistic (its CPU seconds much less so).");
    }

    @Test
    void aMeasuredLiveSetDecidesWhetherTheHeapIsFlat() {
        List<Long> creeping = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            creeping.add((80 + 2L * i) * MB);
        }
        ThroughputResult steady = new ThroughputResult("hub", 1, 10_000_000, new PhaseMonitor.Window(1500, 900, 60, 400, 2500,
                560 * MB, List.of()), 260 * MB, 0, creeping, 10_000_000_000L, "", new GcLog.LiveSet(70 * MB, 74 * MB));

        assertThat(BenchReport.targets(settings(10_000_000), List.of(steady), null)).containsExactly(
                "❌ missed — ≥ 50,000 records/s end to end: 6,667 records/s (87% short) (the target is stated for 1,000,000 records)",
                "✅ met — 10,000,000 records with -Xmx1g, no OutOfMemoryError, heap flat: 10,000,000 of 10,000,000 records "
                        + "delivered, heap after young GCs median 110 MB in the 2nd quarter, 150 MB in the last; live set 70 MB "
                        + "before, 74 MB after");
        assertThat(BenchReport.heapLine(steady, 1)).contains("Live set (heap after a forced full GC, `jcmd GC.run`): 70 MB before the run, 74 MB after.");
    }

    @Test
    void theLatencyLineGivesThePercentilesInMilliseconds() {
        Histogram histogram = LatencyResult.newHistogram();
        for (int i = 0; i < 1000; i++) {
            histogram.recordValue(20_000 + i * 10L);
        }

        String line = BenchReport.latencyLine(new LatencyResult(histogram, histogram, null, 20, "trigger → receiver"));

        assertThat(line).contains("trigger → receiver; 1,000 samples after 20 warm-up")
                .contains("p50 25.0 ms").contains("**p99 29.9 ms**").contains("max 30.0 ms")
                .contains("the trigger call alone (HTTP Basic auth, run record, audit, until its 202): p50 25.0 ms, p99 29.9 ms");
    }

    @Test
    void theSectionOpensWithDateRecordsAndHeap() {
        String md = BenchReport.markdown(settings(20_000), MACHINE, List.of(result("hub", 20_000, 1, 2, 100, List.of(10 * MB))),
                null, List.of("a note"));

        assertThat(md).startsWith("### 2026-11-25 18:00 UTC — 20,000 records, -Xmx1g\n\nMachine: 2 CPUs (AMD EPYC), 23Gi RAM");
        assertThat(md).contains("(the target is stated for 1,000,000 records)").contains("- a note")
                .contains("Heap in use every 5 s (2 samples, jstat)");
    }
}
