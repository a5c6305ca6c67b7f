package vn.vhttdl.hub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap as a JVM's unified GC log ({@code -Xlog:gc:file=...:uptime,tags}) records it, the same
 * way for the baseline and the hub: every pause line gives the heap used before and after it.
 * The highest "before" is the peak heap; the "after" of young and full collections is the live
 * heap, whose course over a long run shows whether memory stays flat.
 */
public final class GcLog {

    /** One pause: {@code [12.345s][gc] GC(17) Pause Young (Normal) (G1 Evacuation Pause) 120M->18M(256M) 3.210ms}. */
    public record Pause(double uptimeSeconds, String kind, long beforeBytes, long afterBytes, long committedBytes) {

        /** @return whether the pause compacts (young or full), so "after" is the live heap */
        public boolean collects() {
            return kind.startsWith("Pause Young") || kind.startsWith("Pause Full");
        }
    }

    private static final Pattern PAUSE = Pattern.compile(
            "\\[(\\d+(?:\\.\\d+)?)s\\].*?GC\\(\\d+\\) (Pause .*?) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private final List<Pause> pauses;

    private GcLog(List<Pause> pauses) {
        this.pauses = List.copyOf(pauses);
    }

    /** Reads a log; a missing file (the JVM never collected) gives an empty log. */
    public static GcLog read(Path file) throws IOException {
        return Files.exists(file) ? parse(Files.readAllLines(file)) : new GcLog(List.of());
    }

    public static GcLog parse(List<String> lines) {
        List<Pause> pauses = new ArrayList<>();
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                pauses.add(new Pause(Double.parseDouble(m.group(1)), m.group(2).trim(),
                        bytes(m.group(3), m.group(4)), bytes(m.group(5), m.group(6)), bytes(m.group(7), m.group(8))));
            }
        }
        return new GcLog(pauses);
    }

    public List<Pause> pauses() {
        return pauses;
    }

    /** @return the highest heap occupancy any pause saw, in bytes; 0 without pauses */
    public long peakHeapBytes() {
        return pauses.stream().mapToLong(p -> Math.max(p.beforeBytes(), p.afterBytes())).max().orElse(0);
    }

    /** @return the highest heap occupancy of the pauses between two uptimes, in bytes; 0 without pauses */
    public long peakHeapBytes(double fromSeconds, double toSeconds) {
        return pauses.stream().filter(p -> p.uptimeSeconds() >= fromSeconds && p.uptimeSeconds() <= toSeconds)
                .mapToLong(p -> Math.max(p.beforeBytes(), p.afterBytes())).max().orElse(0);
    }

    /** @return the full collections between two uptimes */
    public long fullCollections(double fromSeconds, double toSeconds) {
        return pauses.stream().filter(p -> p.kind().startsWith("Pause Full") && p.uptimeSeconds() >= fromSeconds
                && p.uptimeSeconds() <= toSeconds).count();
    }

    /** @return live heap after each young or full collection between two uptimes, in bytes */
    public List<Long> liveHeapBytes(double fromSeconds, double toSeconds) {
        return pauses.stream()
                .filter(p -> p.collects() && p.uptimeSeconds() >= fromSeconds && p.uptimeSeconds() <= toSeconds)
                .map(Pause::afterBytes)
                .toList();
    }

    /**
     * The live set measured by a forced full collection ({@code jcmd <pid> GC.run}) just before
     * and just after a window: unlike the heap after young collections, which still holds old
     * garbage until a marking cycle runs, it is exactly what the program keeps.
     *
     * @return the heap after the last full collection before {@code from} and after the first one
     *     after {@code to}; -1 for one that is not in the log
     */
    public LiveSet liveSetAround(double from, double to) {
        long before = -1;
        long after = -1;
        for (Pause p : pauses) {
            if (p.kind().startsWith("Pause Full") && p.uptimeSeconds() <= from) {
                before = p.afterBytes();
            }
            if (after < 0 && p.kind().startsWith("Pause Full") && p.uptimeSeconds() >= to) {
                after = p.afterBytes();
            }
        }
        return new LiveSet(before, after);
    }

    /**
     * The full collections the driver forced ({@code jcmd <pid> GC.run}, logged as "Diagnostic
     * Command"), in order. The driver forces one just before and one just after each measured run,
     * so the n-th pair brackets the n-th run in the log's own clock: the process start time that
     * {@link PhaseMonitor#uptimeSeconds} counts from is a little earlier than the JVM's, and a
     * collection forced right after a window could otherwise seem to fall inside it.
     */
    public List<Pause> forcedCollections() {
        return pauses.stream().filter(p -> p.kind().startsWith("Pause Full") && p.kind().contains("Diagnostic Command")).toList();
    }

    /** Heap left by a forced full collection before and after a window, in bytes; -1 when not measured. */
    public record LiveSet(long beforeBytes, long afterBytes) {

        public boolean measured() {
            return beforeBytes > 0 && afterBytes > 0;
        }
    }

    /** @return the number of full collections (a sign of a heap too small for the work) */
    public long fullCollections() {
        return pauses.stream().filter(p -> p.kind().startsWith("Pause Full")).count();
    }

    private static long bytes(String number, String unit) {
        long n = Long.parseLong(number);
        return switch (unit) {
            case "K" -> n * 1024;
            case "M" -> n * 1024 * 1024;
            case "G" -> n * 1024 * 1024 * 1024;
            default -> throw new IllegalArgumentException("unit " + unit);
        };
    }
}
