package vn.vhttdl.hub.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM spent its CPU, from the {@code jdk.ExecutionSample} events of a JFR recording
 * ({@code -XX:StartFlightRecording=settings=profile}) within a time window: the hottest methods
 * (top frame), the libraries they belong to, the hub's own code on the stack and the threads.
 *
 * <p>A sample goes to the <em>library</em> of the topmost frame outside the JDK, so time in
 * {@code HashMap.get} called by the JSON Schema validator counts for the validator; a few JDK
 * areas that are a cost of their own (SHA-256, regular expressions, I/O) are named as such.
 *
 * <pre>java -cp bench.jar vn.vhttdl.hub.bench.JfrProfile hub.jfr [top]</pre>
 */
public final class JfrProfile {

    /** How many samples a name got. */
    public record Entry(String name, long samples) {
    }

    private static final String HUB_PACKAGE = "vn.vhttdl.hub.";
    /** Frames of a stack shown in "hottest stacks": enough to see who called the hot method. */
    private static final int STACK_DEPTH = 16;

    private final Map<String, Long> topMethods = new HashMap<>();
    private final Map<String, Long> libraries = new HashMap<>();
    private final Map<String, Long> hubMethods = new HashMap<>();
    private final Map<String, Long> threads = new HashMap<>();
    private final Map<String, Long> stacks = new HashMap<>();
    private final Map<String, Long> concerns = new HashMap<>();
    private long samples;

    /** Adds one sample, its frames from the top (the running method) down. */
    void add(List<String> classAndMethod, String thread) {
        samples++;
        if (!classAndMethod.isEmpty()) {
            topMethods.merge(classAndMethod.get(0), 1L, Long::sum);
        }
        libraries.merge(library(classAndMethod), 1L, Long::sum);
        String hub = classAndMethod.stream().filter(f -> f.startsWith("vn.vhttdl.")).findFirst()
                .map(f -> f.startsWith(HUB_PACKAGE) ? f.substring(HUB_PACKAGE.length()) : f)
                .orElse("(no hub frame) " + threadGroup(thread));
        hubMethods.merge(hub, 1L, Long::sum);
        threads.merge(threadGroup(thread), 1L, Long::sum);
        concerns.merge(concern(classAndMethod, thread), 1L, Long::sum);
        stacks.merge(String.join("\n           ← ", classAndMethod.subList(0, Math.min(STACK_DEPTH, classAndMethod.size()))),
                1L, Long::sum);
    }

    /** Reads the samples between two instants (either may be null: no bound). */
    public static JfrProfile read(Path recording, Instant from, Instant to) throws IOException {
        JfrProfile profile = new JfrProfile();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                Instant at = event.getStartTime();
                if ((from != null && at.isBefore(from)) || (to != null && at.isAfter(to))) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                List<String> frames = new ArrayList<>();
                if (stack != null) {
                    for (RecordedFrame frame : stack.getFrames()) {
                        if (frame.isJavaFrame()) {
                            frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
                        }
                    }
                }
                String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
                profile.add(frames, thread == null ? "?" : thread);
            }
        }
        return profile;
    }

    public long samples() {
        return samples;
    }

    public List<Entry> topMethods(int n) {
        return top(topMethods, n);
    }

    public List<Entry> libraries(int n) {
        return top(libraries, n);
    }

    public List<Entry> hubMethods(int n) {
        return top(hubMethods, n);
    }

    public List<Entry> concerns(int n) {
        return top(concerns, n);
    }

    public List<Entry> threads(int n) {
        return top(threads, n);
    }

    /** The summary as text, each list with the share of all samples. */
    public String format(int n) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.US, "%,d execution samples%n", samples));
        section(out, "By step of the hub's flow (innermost known frame)", concerns(n));
        section(out, "By library (topmost non-JDK frame)", libraries(n));
        section(out, "By hub method (innermost vn.vhttdl frame)", hubMethods(n));
        section(out, "Hottest methods (top frame)", topMethods(n));
        section(out, "By thread", threads(n));
        section(out, "Hottest stacks (top " + STACK_DEPTH + " frames)", top(stacks, Math.min(n, 12)));
        return out.toString();
    }

    /** {@code JfrProfile <file.jfr> [top] [from to]}, the bounds as ISO instants ({@code 2026-11-25T19:07:00Z}). */
    public static void main(String[] args) throws IOException {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Instant from = args.length > 3 ? Instant.parse(args[2]) : null;
        Instant to = args.length > 3 ? Instant.parse(args[3]) : null;
        System.out.print(read(Path.of(args[0]), from, to).format(n));
    }

    private void section(StringBuilder out, String title, List<Entry> entries) {
        out.append('\n').append(title).append(":\n");
        for (Entry e : entries) {
            out.append(String.format(Locale.US, "  %5.1f%%  %s%n", 100.0 * e.samples() / Math.max(1, samples), e.name()));
        }
    }

    static String library(List<String> frames) {
        if (frames.isEmpty()) {
            return "(no Java frame)";
        }
        String top = frames.get(0);
        if (top.startsWith("sun.security.provider.") || top.startsWith("java.security.MessageDigest")) {
            return "JDK: SHA-256 / MessageDigest";
        }
        if (top.startsWith("java.util.regex.")) {
            return "JDK: regular expressions";
        }
        if (top.startsWith("sun.nio.ch.") || top.startsWith("java.io.FileDescriptor") || top.startsWith("sun.nio.fs.")
                || top.startsWith("java.net.Socket") || top.startsWith("sun.nio.cs.")) {
            return "JDK: I/O and charsets";
        }
        for (String frame : frames) {
            if (!isJdk(frame)) {
                return libraryOf(frame);
            }
        }
        return "JDK: " + packageOf(top);
    }

    /**
     * Frames that name a step of the hub's flow (DESIGN §4), the most specific first: a sample
     * goes to the first step any frame of its stack names, so JDBC under the ledger counts for
     * the ledger, Jackson under the enqueuer for the enqueuer, and Artemis's large-message copy
     * for itself rather than for "Artemis client".
     */
    private static final String[][] CONCERNS = {
        // Artemis first: its large-message copy runs under Camel's JMS consumer, which is listed later
        {"org.springframework.security.crypto.bcrypt.", "admin API: password check (BCrypt)"},
        {"org.apache.activemq.artemis.core.client.impl.LargeMessageControllerImpl", "Artemis: large-message body copy (consumer)"},
        {"org.apache.activemq.artemis.core.client.impl.ClientLargeMessageImpl", "Artemis: large-message body copy (consumer)"},
        {"vn.vhttdl.hub.delivery.DeliveryLedger.enqueued", "delivery ledger: record the batch as queued (JDBC)"},
        {"vn.vhttdl.hub.delivery.DeliveryLedger.settled", "delivery ledger: mark the batch delivered (JDBC)"},
        {"vn.vhttdl.hub.delivery.DeliveryLedger.liveHashes", "delivery ledger: unchanged check (JDBC)"},
        {"vn.vhttdl.hub.delivery.BatchEnvelope", "delivery: re-parse the batch for its record keys"},
        {"vn.vhttdl.hub.audit.", "audit trail"},
        {"vn.vhttdl.hub.run.RunStore", "run bookkeeping (JDBC)"},
        {"vn.vhttdl.hub.datasets.text.", "text repair (Vietnamese)"},
        {"vn.vhttdl.hub.datasets.RecordValidator", "Bean Validation"},
        {"vn.vhttdl.hub.schemas.", "JSON Schema check"},
        {"vn.vhttdl.hub.delivery.IdempotencyKeys", "content hash and idempotency key (SHA-256)"},
        {"vn.vhttdl.hub.run.RecordPipeline.serialise", "JSON of the record for its content hash"},
        {"vn.vhttdl.hub.datasets.heritage.MinistryHeritageSiteV1", "mapping to the ministry format"},
        {"vn.vhttdl.hub.datasets.heritage.", "canonical record from the row"},
        {"vn.vhttdl.hub.datasets.SourceRow", "canonical record from the row"},
        {"vn.vhttdl.hub.run.RecordPipeline.process", "pipeline: record to JSON tree and the rest"},
        {"vn.vhttdl.hub.run.BatchEnqueuer", "batch envelope to JSON and enqueue (Artemis send, journal sync)"},
        {"vn.vhttdl.hub.connectors.source.JdbcRowStream", "source read (JDBC)"},
        {"vn.vhttdl.hub.connectors.target.", "delivery route: HTTP POST and outcome"},
        {"org.apache.camel.component.http.", "delivery route: HTTP POST and outcome"},
        {"org.apache.camel.component.jms.", "delivery route: JMS receive and transaction"},
        {"org.springframework.jms.", "delivery route: JMS receive and transaction"},
        {"org.apache.activemq.artemis.core.server.", "Artemis broker"},
        {"org.apache.activemq.artemis.core.journal.", "Artemis broker"},
        {"org.apache.activemq.artemis.", "Artemis client"},
        {"org.apache.catalina.", "admin API: web server"},
        {"org.apache.coyote.", "admin API: web server"},
    };

    static String concern(List<String> frames, String thread) {
        for (String[] concern : CONCERNS) {
            for (String frame : frames) {
                if (frame.startsWith(concern[0])) {
                    return concern[1];
                }
            }
        }
        return "other (thread " + threadGroup(thread) + ")";
    }

    private static boolean isJdk(String frame) {
        return frame.startsWith("java.") || frame.startsWith("javax.") || frame.startsWith("jdk.") || frame.startsWith("sun.")
                || frame.startsWith("com.sun.");
    }

    private static final String[][] LIBRARIES = {
        {"com.networknt.", "JSON Schema validation (networknt)"},
        {"com.fasterxml.jackson.", "Jackson"},
        {"org.hibernate.validator.", "Bean Validation (Hibernate Validator)"},
        {"jakarta.validation.", "Bean Validation (Hibernate Validator)"},
        {"org.postgresql.", "PostgreSQL JDBC"},
        {"com.zaxxer.hikari.", "HikariCP"},
        {"org.apache.activemq.", "Artemis"},
        {"io.netty.", "Netty (Artemis)"},
        {"org.apache.camel.", "Camel"},
        {"org.apache.hc.", "Apache HttpClient"},
        {"org.apache.http.", "Apache HttpClient"},
        {"org.springframework.jms.", "Spring JMS"},
        {"org.springframework.jdbc.", "Spring JDBC"},
        {"org.springframework.", "Spring"},
        {"org.apache.catalina.", "Tomcat"},
        {"org.apache.coyote.", "Tomcat"},
        {"org.apache.tomcat.", "Tomcat"},
        {"io.micrometer.", "Micrometer"},
        {"ch.qos.logback.", "logging"},
        {"org.slf4j.", "logging"},
        {"vn.vhttdl.hub.datasets.text.", "hub: Vietnamese text repair"},
        {"vn.vhttdl.", "hub code"},
    };

    private static String libraryOf(String frame) {
        for (String[] library : LIBRARIES) {
            if (frame.startsWith(library[0])) {
                return library[1];
            }
        }
        return packageOf(frame);
    }

    private static String packageOf(String frame) {
        // a lambda's hidden class is named after its host plus an address: the host's package is meant
        int lambda = frame.indexOf("$$Lambda");
        String type = lambda >= 0 ? frame.substring(0, lambda) : frame.substring(0, Math.max(0, frame.lastIndexOf('.')));
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }

    /** Thread names without their numbers, so a pool counts as one. */
    static String threadGroup(String thread) {
        return thread.replaceAll("[0-9]+", "#");
    }

    private static List<Entry> top(Map<String, Long> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(e -> new Entry(e.getKey(), e.getValue()))
                .toList();
    }
}
