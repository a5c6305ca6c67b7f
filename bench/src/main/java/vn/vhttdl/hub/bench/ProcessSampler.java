package vn.vhttdl.hub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads CPU time and memory of processes from {@code /proc}: the program under test, the driver
 * itself (whose receiver threads share the two cores), and all PostgreSQL processes together.
 */
public final class ProcessSampler {

    private final long ticksPerSecond;

    public ProcessSampler() {
        this.ticksPerSecond = clockTicksPerSecond();
    }

    /** CPU seconds (user + system, all threads) the process has used so far; NaN once it is gone. */
    public double cpuSeconds(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        return stat == null ? Double.NaN : (double) ProcFiles.cpuTicks(stat) / ticksPerSecond;
    }

    /** CPU seconds the whole machine has been busy since boot, all cores together. */
    public double machineBusySeconds() {
        String stat = read(Path.of("/proc/stat"));
        return stat == null ? Double.NaN : (double) ProcFiles.busyTicks(stat) / ticksPerSecond;
    }

    /** @return peak resident set size (VmHWM) in bytes, -1 once the process is gone */
    public long peakRssBytes(long pid) {
        return statusKilobytes(pid, "VmHWM") * 1024;
    }

    /** @return resident set size (VmRSS) in bytes, -1 once the process is gone */
    public long rssBytes(long pid) {
        return statusKilobytes(pid, "VmRSS") * 1024;
    }

    /**
     * CPU ticks of every process named {@code postgres}, by pid: the server's backends come and go
     * with connections, so a caller compares two snapshots pid by pid.
     */
    public Map<Long, Long> postgresTicks() {
        Map<Long, Long> ticks = new HashMap<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("[0-9]+"))) {
            for (Path proc : procs) {
                String stat = read(proc.resolve("stat"));
                if (stat != null && ProcFiles.command(stat).equals("postgres")) {
                    ticks.put(Long.parseLong(proc.getFileName().toString()), ProcFiles.cpuTicks(stat));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks;
    }

    /**
     * @return CPU seconds PostgreSQL used between two snapshots: for each pid the growth, or all of
     *     it for a backend born in between; a backend that ended in between is lost (at most one
     *     sampling interval of its time, as the caller samples periodically)
     */
    public double postgresSecondsBetween(Map<Long, Long> before, Map<Long, Long> after) {
        long ticks = 0;
        for (Map.Entry<Long, Long> now : after.entrySet()) {
            ticks += now.getValue() - before.getOrDefault(now.getKey(), 0L);
        }
        return (double) ticks / ticksPerSecond;
    }

    private long statusKilobytes(long pid, String field) {
        String status = read(Path.of("/proc", Long.toString(pid), "status"));
        return status == null ? -1 : ProcFiles.kilobytes(status, field);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            // the process ended between listing and reading
            return null;
        }
    }

    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            if (getconf.waitFor(5, TimeUnit.SECONDS) && getconf.exitValue() == 0) {
                return Long.parseLong(out);
            }
        } catch (IOException | NumberFormatException e) {
            // fall through to the Linux default
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 100;
    }
}
