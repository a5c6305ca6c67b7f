package vn.vhttdl.hub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The machine a result was measured on, as the report states it.
 *
 * @param cpus     processors the JVM sees ({@code nproc})
 * @param cpuModel from {@code /proc/cpuinfo}
 * @param memory   total memory as {@code free -h} shows it
 * @param java     the JVM of the programs under test ({@code java -version})
 * @param os       kernel
 * @param postgres PostgreSQL server version
 */
public record MachineInfo(int cpus, String cpuModel, String memory, String java, String os, String postgres) {

    public static MachineInfo collect(String postgresVersion) {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), readCpuModel(), readMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), postgresVersion);
    }

    private static String readCpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    /** The "total" column of {@code free -h}, falling back to MemTotal. */
    private static String readMemory() {
        try {
            Process free = new ProcessBuilder("free", "-h").redirectErrorStream(true).start();
            String out = new String(free.getInputStream().readAllBytes());
            if (free.waitFor(5, TimeUnit.SECONDS)) {
                for (String line : out.split("\n")) {
                    if (line.startsWith("Mem:")) {
                        return line.trim().split("\\s+")[1] + " RAM";
                    }
                }
            }
        } catch (IOException e) {
            // below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            String kb = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("[^0-9]", "");
            return Long.parseLong(kb) / 1024 / 1024 + " GiB RAM";
        } catch (IOException | RuntimeException e) {
            return "unknown RAM";
        }
    }
}
