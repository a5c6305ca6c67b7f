package vn.vhttdl.hub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one benchmark run under {@code bench/target/bench-runs/<time>/}: logs, GC logs,
 * JFR recordings, heap samples, the report, and {@code pids} for {@code scripts/bench.sh}. It also
 * knows the JVM options both programs under test get, so they are the same except {@code -jar}/
 * {@code -cp}.
 */
public final class RunDirectory {

    private final Path dir;
    private final String heap;
    private final boolean profile;

    public RunDirectory(Path dir, String heap, boolean profile) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.heap = heap;
        this.profile = profile;
    }

    public Path path() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    public Path pids() {
        return dir.resolve("pids");
    }

    public Path gcLog(String program) {
        return dir.resolve(program + "-gc.log");
    }

    public Path recording(String program) {
        return dir.resolve(program + ".jfr");
    }

    public boolean profiling() {
        return profile;
    }

    /**
     * The same for the baseline and the hub: heap, collector (G1, which the JVM picks anyway on
     * two CPUs, named so a different machine does not change it), a GC log for the heap figures,
     * an exit on OutOfMemoryError so that one cannot hide, and JFR when profiling.
     */
    public List<String> jvmOptions(String program) {
        List<String> options = new ArrayList<>(List.of(
                "-Xmx" + heap,
                "-XX:+UseG1GC",
                "-XX:+ExitOnOutOfMemoryError",
                "-Xlog:gc:file=" + gcLog(program) + ":uptime,tags",
                "-Dfile.encoding=UTF-8"));
        if (profile) {
            options.add("-XX:StartFlightRecording=filename=" + recording(program) + ",settings=profile,dumponexit=true");
        }
        return options;
    }
}
