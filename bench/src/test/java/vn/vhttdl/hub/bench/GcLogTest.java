package vn.vhttdl.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogTest {

    private static final long MB = 1024 * 1024;

    private final GcLog log = GcLog.parse(List.of(
            "[0.009s][gc] Using G1",
            "[0.582s][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 18M->3M(380M) 12.446ms",
            "[3.100s][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 300M->120M(512M) 8.001ms",
            "[3.200s][gc] GC(2) Concurrent Mark Cycle",
            "[3.350s][gc] GC(2) Pause Remark 130M->130M(512M) 2.100ms",
            "[3.400s][gc] GC(2) Pause Cleanup 131M->131M(512M) 0.100ms",
            "[3.500s][gc] GC(2) Concurrent Mark Cycle 300.123ms",
            "[9.000s][gc] GC(3) Pause Full (G1 Compaction Pause) 511M->60M(512M) 210.5ms",
            "[12.00s][gc] GC(4) Pause Young (Mixed) (G1 Evacuation Pause) 2G->512K(3G) 1.0ms"));

    @Test
    void readsEveryPauseWithItsHeapFigures() {
        assertThat(log.pauses()).hasSize(6);
        assertThat(log.pauses().get(1)).isEqualTo(new GcLog.Pause(3.1,
                "Pause Young (Concurrent Start) (G1 Humongous Allocation)", 300 * MB, 120 * MB, 512 * MB));
    }

    @Test
    void peakIsTheHighestOccupancySeen() {
        assertThat(log.peakHeapBytes()).isEqualTo(2048 * MB);
    }

    @Test
    void liveHeapComesFromYoungAndFullCollectionsInTheWindow() {
        assertThat(log.liveHeapBytes(0, 10)).containsExactly(3 * MB, 120 * MB, 60 * MB);
        assertThat(log.liveHeapBytes(3, 12)).containsExactly(120 * MB, 60 * MB, 512 * 1024L);
        assertThat(log.fullCollections()).isEqualTo(1);
    }

    @Test
    void theLiveSetComesFromTheFullCollectionsAroundTheWindow() {
        GcLog forced = GcLog.parse(List.of(
                "[10.0s][gc] GC(5) Pause Full (System.gc()) 150M->70M(256M) 120.0ms",
                "[11.0s][gc] GC(6) Pause Young (Normal) (G1 Evacuation Pause) 100M->80M(256M) 3.0ms",
                "[99.0s][gc] GC(9) Pause Full (G1 Compaction Pause) 250M->90M(256M) 300.0ms",
                "[101.0s][gc] GC(10) Pause Full (System.gc()) 180M->72M(256M) 130.0ms",
                "[140.0s][gc] GC(11) Pause Full (System.gc()) 100M->71M(256M) 130.0ms"));

        assertThat(forced.liveSetAround(10.5, 100.0)).isEqualTo(new GcLog.LiveSet(70 * MB, 72 * MB));
        assertThat(forced.liveSetAround(5, 100.0).measured()).isFalse();
    }

    @Test
    void theForcedCollectionsAreTheDiagnosticCommandOnesInOrder() {
        GcLog log = GcLog.parse(List.of(
                "[10.660s][gc] GC(33) Pause Full (Diagnostic Command) 114M->64M(174M) 73.650ms",
                "[11.0s][gc] GC(34) Pause Young (Normal) (G1 Evacuation Pause) 100M->80M(256M) 3.0ms",
                "[99.0s][gc] GC(90) Pause Full (G1 Compaction Pause) 250M->90M(256M) 300.0ms",
                "[369.772s][gc] GC(2626) Pause Full (Diagnostic Command) 243M->72M(250M) 196.367ms"));

        assertThat(log.forcedCollections()).extracting(GcLog.Pause::uptimeSeconds).containsExactly(10.66, 369.772);
        assertThat(log.forcedCollections()).extracting(GcLog.Pause::afterBytes).containsExactly(64 * MB, 72 * MB);
    }

    @Test
    void aLogWithoutPausesIsEmpty() {
        GcLog empty = GcLog.parse(List.of("[0.009s][gc] Using G1"));

        assertThat(empty.pauses()).isEmpty();
        assertThat(empty.peakHeapBytes()).isZero();
    }
}
