package vn.vhttdl.hub.bench;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What one benchmark run does, from the command line of {@code scripts/bench.sh}.
 *
 * @param repo            the repository root (routes, jars and README are found from it)
 * @param runDir          where this run's logs, GC logs, profiles and report go
 * @param records         rows to generate and move
 * @param heap            {@code -Xmx} of both programs under test
 * @param baseline        run the baseline
 * @param hub             run the hub (throughput, and latency unless {@code latencySamples} is 0)
 * @param latencySamples  single-record samples after the warm-up (0: no latency probe)
 * @param latencySeconds  the latency probe stops after this long even if samples are missing
 * @param batchSize       records per POST, for both (the hub reads it from its exchange file)
 * @param fetchSize       rows per JDBC round trip, for the baseline (the hub: exchange file)
 * @param inFlight        batches the baseline keeps in flight
 * @param profile         record a JFR profile of both and summarise where the time goes
 * @param keep            keep the databases and the hub's data directory afterwards
 * @param appendReadme    append the result table to bench/README.md
 * @param label           a note printed with the table ("before …", "after …")
 * @param pgHost          PostgreSQL host (loopback)
 * @param pgPort          PostgreSQL port
 * @param pgUser          PostgreSQL user (trust or .pgpass authentication)
 * @param hubJar          the hub's executable jar
 * @param hubArgs         extra {@code --name=value} arguments for the hub (experiments)
 * @param passes          passes over the table per program, in the same JVM: the first measures a
 *                        freshly started program, the later ones a warm one
 */
public record BenchOptions(Path repo, Path runDir, long records, String heap, boolean baseline, boolean hub, int latencySamples,
        int latencySeconds, int batchSize, int fetchSize, int inFlight, boolean profile, boolean keep,
        boolean appendReadme, String label, String pgHost, int pgPort, String pgUser, Path hubJar, List<String> hubArgs, int passes) {

    /** The exchange in {@code bench/routes/} that the hub runs. */
    public static final String EXCHANGE = "heritage-bench";

    static final long TEN_MILLION = 10_000_000L;
    static final int MAX_PASSES = 5;

    private static final Set<String> KNOWN = Set.of("repo", "run-dir", "records", "ten-million", "heap", "skip-baseline", "skip-hub",
            "latency-samples", "latency-seconds", "skip-latency", "batch-size", "fetch-size", "in-flight", "profile", "keep",
            "no-readme", "label", "pg-host", "pg-port", "pg-user", "hub-jar", "hub-args", "passes");

    public static BenchOptions from(String... args) {
        Args a = Args.parse(args).rejectUnknown(KNOWN);
        boolean tenMillion = a.flag("ten-million");
        Path repo = Path.of(a.value("repo", ".")).toAbsolutePath().normalize();
        long records = a.number("records", tenMillion ? TEN_MILLION : 1_000_000L);
        if (records < 1) {
            throw new IllegalArgumentException("--records must be at least 1");
        }
        String hubArgs = a.value("hub-args", "").trim();
        // ten million rows take ~20 minutes a pass: one, unless asked
        int passes = a.integer("passes", tenMillion ? 1 : 2);
        if (passes < 1 || passes > MAX_PASSES) {
            throw new IllegalArgumentException("--passes must be between 1 and " + MAX_PASSES);
        }
        Path runDir = a.value("run-dir", null) != null ? Path.of(a.value("run-dir", null)).toAbsolutePath()
                : repo.resolve("bench/target/bench-runs/"
                        + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        return new BenchOptions(repo, runDir, records,
                a.value("heap", tenMillion ? "512m" : "1g"),
                !a.flag("skip-baseline"),
                !a.flag("skip-hub"),
                a.flag("skip-latency") ? 0 : a.integer("latency-samples", 1000),
                a.integer("latency-seconds", 600),
                a.integer("batch-size", 500),
                a.integer("fetch-size", 1000),
                a.integer("in-flight", 4),
                a.flag("profile"),
                a.flag("keep"),
                !a.flag("no-readme"),
                a.value("label", ""),
                a.value("pg-host", "127.0.0.1"),
                a.integer("pg-port", 5432),
                a.value("pg-user", "postgres"),
                Path.of(a.value("hub-jar", repo.resolve("hub/target/hub-0.1.0-SNAPSHOT-exec.jar").toString())),
                hubArgs.isEmpty() ? List.of() : Arrays.asList(hubArgs.split("\\s+")),
                passes);
    }
}
