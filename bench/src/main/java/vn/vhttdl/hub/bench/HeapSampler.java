package vn.vhttdl.hub.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap in use by another JVM every few seconds, read with {@code jstat -gc}: jstat reads the
 * target's shared performance counters, so sampling costs the program under test nothing (asking
 * the hub's Prometheus endpoint would cost it a BCrypt password check per sample), and the
 * baseline and the hub are sampled the same way.
 */
public final class HeapSampler implements AutoCloseable {

    private final Process jstat;
    private final List<PhaseMonitor.HeapSample> samples = new ArrayList<>();
    private final Thread reader;
    private final double startUptime;

    /**
     * @param startUptime the target's uptime in seconds at the start of the window; samples are
     *                    given in seconds since then
     */
    public HeapSampler(long pid, int everySeconds, double startUptime) throws IOException {
        this.startUptime = startUptime;
        Path inJdk = Path.of(System.getProperty("java.home"), "bin", "jstat");
        String command = Files.isExecutable(inJdk) ? inJdk.toString() : "jstat";
        this.jstat = new ProcessBuilder(command, "-gc", "-t", Long.toString(pid), everySeconds * 1000 + "")
                .redirectErrorStream(true).start();
        this.reader = new Thread(this::read, "heap-sampler");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** @return the samples so far */
    public List<PhaseMonitor.HeapSample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        jstat.destroy();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            String[] header = null;
            String line;
            while ((line = lines.readLine()) != null) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 0 && fields[0].equals("Timestamp")) {
                    header = fields;
                } else if (header != null && fields.length == header.length) {
                    PhaseMonitor.HeapSample sample = parse(header, fields, startUptime);
                    synchronized (samples) {
                        samples.add(sample);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // jstat stopped, or printed something else (the target ended): the samples so far stand
        }
    }

    /**
     * @param header the column names of {@code jstat -gc -t}
     * @param fields one line of values
     * @return used heap (survivors, eden, old; in kB in jstat) at that time
     */
    static PhaseMonitor.HeapSample parse(String[] header, String[] fields, double startUptime) {
        double uptime = 0;
        double usedKb = 0;
        for (int i = 0; i < header.length; i++) {
            switch (header[i]) {
                case "Timestamp" -> uptime = Double.parseDouble(fields[i]);
                case "S0U", "S1U", "EU", "OU" -> usedKb += Double.parseDouble(fields[i]);
                default -> {
                    // capacities, metaspace and collection counts are not needed
                }
            }
        }
        return new PhaseMonitor.HeapSample(Math.max(0, uptime - startUptime), Math.round(usedKb * 1024));
    }
}
