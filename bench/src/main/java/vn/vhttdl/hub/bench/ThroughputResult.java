package vn.vhttdl.hub.bench;

import java.util.List;

/**
 * One program's bulk run.
 *
 * @param program        {@code baseline} or {@code hub}
 * @param pass           which pass over the table, from 1: the first runs in a fresh JVM (its
 *                       JIT compiles as it goes), a later one in the same, warm JVM
 * @param records        records the receiver counted
 * @param window         time, CPU and RSS of the run
 * @param peakHeapBytes  highest heap in use during the run (GC log)
 * @param fullGcs        full collections during the run
 * @param liveHeapBytes  heap after each young or full collection during the run (GC log)
 * @param bodyBytes      bytes of JSON the receiver got
 * @param note           what else is worth knowing (run status, counts)
 * @param liveSet        heap after a forced full collection before and after the run (hub only)
 */
public record ThroughputResult(String program, int pass, long records, PhaseMonitor.Window window, long peakHeapBytes, long fullGcs,
        List<Long> liveHeapBytes, long bodyBytes, String note, GcLog.LiveSet liveSet) {

    /** @return the program, and the pass when the run made more than one */
    public String label(int passes) {
        if (passes <= 1) {
            return program;
        }
        return program + ", pass " + pass + (pass == 1 ? " (fresh JVM)" : " (warm JVM)");
    }

    public double recordsPerSecond() {
        return records / window.elapsedSeconds();
    }

    /** @return CPU microseconds of the program per record */
    public double cpuMicrosPerRecord() {
        return window.cpuSeconds() * 1e6 / records;
    }

    public double bytesPerRecord() {
        return records == 0 ? 0 : (double) bodyBytes / records;
    }
}
