package vn.vhttdl.hub.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A program under test, started as its own JVM (the same {@code java} as the driver's) so that
 * its CPU time, RSS and heap are its own. Its output is copied to a log file line by line and
 * shown to a listener (the baseline announces its start and end on stdout).
 *
 * <p>Every child's pid is appended to {@code pids} in the run directory, which
 * {@code scripts/bench.sh} reads to stop what is left if the driver itself is killed; a shutdown
 * hook stops them when the driver ends any other way.
 */
public final class ChildJvm implements AutoCloseable {

    private static final List<ChildJvm> RUNNING = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ChildJvm::close), "stop-children"));
    }

    private final String name;
    private final Process process;

    private ChildJvm(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    /**
     * @param jvmOptions  e.g. {@code -Xmx512m}, before the class path
     * @param programArgs {@code -jar x.jar --a=b} or {@code -cp y.jar Main --a b}
     * @param lines       sees every output line; may be null
     */
    public static ChildJvm start(String name, List<String> jvmOptions, List<String> programArgs, Path workDir, Path logFile,
            Path pidFile, Consumer<String> lines) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(programArgs);
        Files.createDirectories(workDir);
        Files.writeString(logFile, String.join(" ", command) + System.lineSeparator(), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        Files.writeString(pidFile, process.pid() + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ChildJvm child = new ChildJvm(name, process);
        RUNNING.add(child);
        Thread copier = new Thread(() -> copy(process, logFile, lines), name + "-output");
        copier.setDaemon(true);
        copier.start();
        return child;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** @return the exit code, or null while it runs */
    public Integer exitCode() {
        return process.isAlive() ? null : process.exitValue();
    }

    /** Writes one line to the child's stdin: the baseline's cue to start its next pass. */
    public void send(String line) throws IOException {
        var in = process.getOutputStream();
        in.write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        in.flush();
    }

    /** Closes the child's stdin: the baseline's cue to exit. */
    public void release() throws IOException {
        process.getOutputStream().close();
    }

    /** @return whether it ended within the time */
    public boolean awaitExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    /** Asks it to stop (SIGTERM: the hub shuts down gracefully), then forces it after 40 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            RUNNING.remove(this);
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        RUNNING.remove(this);
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }

    private static void copy(Process process, Path logFile, Consumer<String> listener) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND), true)) {
            String line;
            while ((line = out.readLine()) != null) {
                log.println(line);
                if (listener != null) {
                    listener.accept(line);
                }
            }
        } catch (IOException e) {
            // the child ended; its log is as complete as it got
        }
    }
}
