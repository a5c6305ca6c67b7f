package vn.vhttdl.hub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closing check of every fault test: source keys = delivered ∪ quarantined ∪ dead-lettered,
 * no key missing, no key delivered under two idempotency keys, and every run's counts add up.
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    /**
     * @param sourceDb      the source database, read with {@code SELECT ma_di_tich FROM dt_di_tich}
     * @param received      the sandbox's {@code /sandbox/api/received} answer
     * @param runs          the runs involved
     * @param deadLettered  keys the ledger holds as failed
     * @return the quarantined keys, for the caller to check further
     */
    public static Set<String> assertNothingLost(String sourceDb, JsonNode received, HubApi api, List<String> runs,
            Set<String> deadLettered) throws Exception {
        Set<String> source = new HashSet<>();
        try (Connection connection = PostgresDatabases.connect(sourceDb); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ma_di_tich FROM dt_di_tich")) {
            while (rows.next()) {
                source.add(rows.getString(1));
            }
        }
        Map<String, Set<String>> keysBySource = new HashMap<>();
        received.path("records").forEach(r -> keysBySource.computeIfAbsent(r.path("sourceKey").asText(), k -> new HashSet<>())
                .add(r.path("idempotencyKey").asText()));
        assertThat(keysBySource.values()).as("no record delivered under two idempotency keys").allMatch(keys -> keys.size() == 1);

        Set<String> quarantined = new HashSet<>();
        for (String runId : runs) {
            api.get("/api/runs/" + runId + "/rejects").forEach(r -> quarantined.add(r.path("key").asText()));
            assertThat(api.get("/api/runs/" + runId).path("reconciled").asBoolean()).as("run %s reconciles", runId).isTrue();
        }
        Set<String> accounted = new HashSet<>(keysBySource.keySet());
        accounted.addAll(quarantined);
        accounted.addAll(deadLettered);
        Set<String> missing = new HashSet<>(source);
        missing.removeAll(accounted);
        assertThat(missing).as("source keys neither delivered, quarantined nor dead-lettered").isEmpty();
        assertThat(accounted).as("keys that are not in the source").isEqualTo(source);
        // the numbers the closing note of a fault test quotes
        System.out.printf("RECONCILIATION source %d = delivered %d + quarantined %d + dead-lettered %d; "
                + "records received %d (repeats of the same key %d)%n", source.size(), keysBySource.size(), quarantined.size(),
                deadLettered.size(), received.path("records").size(), received.path("records").size() - keysBySource.size());
        return quarantined;
    }
}
