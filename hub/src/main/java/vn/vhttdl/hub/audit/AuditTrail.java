package vn.vhttdl.hub.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit trail an inspector can verify: each entry stores the hash
 * of the one before and of its own content, so editing or deleting any entry breaks the chain
 * from there on.
 */
@Service
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditTrail(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Appends one entry. The chain head is locked for the length of the transaction, so
     * concurrent writers line up and the ids have no gaps. It runs in its own transaction: the
     * entry stays even if the caller's work is rolled back afterwards.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEvent record(String actor, String action, String exchangeId, String runId, Map<String, ?> details) {
        Map<String, Object> head = jdbc.queryForMap("SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
        long id = ((Number) head.get("last_id")).longValue() + 1;
        String prevHash = (String) head.get("last_hash");
        // millisecond precision survives every store's timestamp type, so verification recomputes the same hash
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String detailsJson = toJson(details);
        String hash = AuditHash.of(prevHash, id, now, actor, action, exchangeId, runId, detailsJson);
        jdbc.update("INSERT INTO audit_event (id, occurred_at, actor, action, exchange_id, run_id, details, prev_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), actor, action,
                exchangeId, runId, detailsJson, prevHash, hash);
        jdbc.update("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1", id, hash);
        return new AuditEvent(id, now, actor, action, exchangeId, runId, detailsJson, prevHash, hash);
    }

    /** Entries matching the filters (each may be null), oldest first, at most {@code limit}. */
    public List<AuditEvent> find(String exchangeId, String runId, Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_event WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (exchangeId != null) {
            sql.append(" AND exchange_id = ?");
            args.add(exchangeId);
        }
        if (runId != null) {
            sql.append(" AND run_id = ?");
            args.add(runId);
        }
        if (from != null) {
            sql.append(" AND occurred_at >= ?");
            args.add(OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (to != null) {
            sql.append(" AND occurred_at < ?");
            args.add(OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        }
        sql.append(" ORDER BY id LIMIT ").append(Math.max(1, Math.min(limit, 10_000)));
        return jdbc.query(sql.toString(), (rs, n) -> event(rs), args.toArray());
    }

    /**
     * Recomputes the chain from the first entry, streaming it.
     *
     * @return the verdict, naming the first entry whose link does not hold
     */
    @Transactional(readOnly = true)
    public ChainVerdict verify() {
        String[] expectedPrev = {"0".repeat(64)};
        long[] checked = {0};
        long[] expectedId = {1};
        ChainVerdict[] broken = {null};
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT * FROM audit_event ORDER BY id",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(1000);
            return statement;
        }, rs -> {
            if (broken[0] != null) {
                return;
            }
            AuditEvent event = event(rs);
            String recomputed = AuditHash.of(event.prevHash(), event.id(), event.occurredAt(), event.actor(), event.action(),
                    event.exchangeId(), event.runId(), event.details());
            if (event.id() != expectedId[0]) {
                broken[0] = ChainVerdict.broken(checked[0], expectedId[0], "missing entry: expected id " + expectedId[0]
                        + ", found " + event.id());
            } else if (!event.prevHash().equals(expectedPrev[0])) {
                broken[0] = ChainVerdict.broken(checked[0], event.id(), "prev_hash does not match the hash of entry " + (event.id() - 1));
            } else if (!recomputed.equals(event.hash())) {
                broken[0] = ChainVerdict.broken(checked[0], event.id(), "content does not match its hash");
            } else {
                expectedPrev[0] = event.hash();
                expectedId[0]++;
                checked[0]++;
            }
        });
        if (broken[0] != null) {
            return broken[0];
        }
        String headHash = jdbc.queryForObject("SELECT last_hash FROM audit_head WHERE id = 1", String.class);
        if (!expectedPrev[0].equals(headHash)) {
            return ChainVerdict.broken(checked[0], expectedId[0], "entries after id " + (expectedId[0] - 1) + " were removed");
        }
        return ChainVerdict.intact(checked[0]);
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("exchange_id"), rs.getString("run_id"),
                rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details must be plain values", e);
        }
    }
}
