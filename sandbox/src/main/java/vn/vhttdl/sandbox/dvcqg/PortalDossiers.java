package vn.vhttdl.sandbox.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the stand-in portal holds: the dossiers by MaHoSo, how many times each was added and
 * updated, and their progress steps. Each change of a call is all or nothing, as a
 * ministry officer expects of "the portal refused the call": one existing dossier in an add, one
 * missing one in an update, and nothing of the call is stored.
 *
 * <p>Thread-safe: every method holds the store's lock, so two concurrent adds of one dossier
 * store it once and the second gets "already exists".
 */
@Component
public class PortalDossiers {

    private final Clock clock;
    private final Map<String, HeldDossier> byCode = new LinkedHashMap<>();

    public PortalDossiers(Clock clock) {
        this.clock = clock;
    }

    /** @return the first MaHoSo already held, and then nothing is stored; empty when all were added */
    public synchronized Optional<String> add(List<JsonNode> records) {
        for (JsonNode record : records) {
            String code = codeOf(record);
            if (byCode.containsKey(code)) {
                return Optional.of(code);
            }
        }
        String now = now();
        for (JsonNode record : records) {
            byCode.put(codeOf(record), new HeldDossier(record, now));
        }
        return Optional.empty();
    }

    /** @return the first MaHoSo not held, and then nothing is stored; empty when all were updated */
    public synchronized Optional<String> update(List<JsonNode> records) {
        Optional<String> missing = firstMissing(records);
        if (missing.isEmpty()) {
            String now = now();
            records.forEach(record -> byCode.get(codeOf(record)).update(record, now));
        }
        return missing;
    }

    /** @return the first MaHoSo not held, and then no step is stored; empty when all were stored */
    public synchronized Optional<String> addProgress(List<JsonNode> steps) {
        Optional<String> missing = firstMissing(steps);
        if (missing.isEmpty()) {
            steps.forEach(step -> byCode.get(codeOf(step)).progress.add(step));
        }
        return missing;
    }

    /** @return the record as last added or updated */
    public synchronized Optional<JsonNode> find(String code) {
        return Optional.ofNullable(byCode.get(code)).map(held -> held.record);
    }

    /** @return every dossier, in the order first added */
    public synchronized List<DossierView> all() {
        List<DossierView> views = new ArrayList<>();
        byCode.forEach((code, held) -> views.add(new DossierView(code, held.adds, held.updates, held.progress.size(),
                held.firstReceivedAt, held.lastReceivedAt, held.record, List.copyOf(held.progress))));
        return views;
    }

    public synchronized void clear() {
        byCode.clear();
    }

    private Optional<String> firstMissing(List<JsonNode> records) {
        return records.stream().map(PortalDossiers::codeOf).filter(code -> !byCode.containsKey(code)).findFirst();
    }

    private String now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String codeOf(JsonNode record) {
        return record.path("MaHoSo").asText();
    }

    /** One dossier and its history. */
    private static final class HeldDossier {
        private JsonNode record;
        private int adds = 1;
        private int updates;
        private final String firstReceivedAt;
        private String lastReceivedAt;
        private final List<JsonNode> progress = new ArrayList<>();

        HeldDossier(JsonNode record, String receivedAt) {
            this.record = record;
            this.firstReceivedAt = receivedAt;
            this.lastReceivedAt = receivedAt;
        }

        void update(JsonNode newer, String receivedAt) {
            record = newer;
            updates++;
            lastReceivedAt = receivedAt;
        }
    }
}
