package vn.vhttdl.hub.run;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.vhttdl.hub.datasets.FieldError;

/** Quarantined records ({@code rejected_record}): the key, the field and the reason, never the value. */
@Repository
public class RejectStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RejectStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void reject(String runId, String exchangeId, String recordKey, List<FieldError> errors) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.batchUpdate("INSERT INTO rejected_record (run_id, exchange_id, record_key, field, reason, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", errors.stream().map(e -> new Object[] {runId, exchangeId, recordKey, e.field(),
                        truncate(e.message()), now}).toList());
    }

    /** A rejected record as the API lists it. */
    public record Reject(String key, String field, String reason) {
    }

    public List<Reject> forRun(String runId) {
        return jdbc.query("SELECT record_key, field, reason FROM rejected_record WHERE run_id = ? ORDER BY id",
                (rs, n) -> new Reject(rs.getString(1), rs.getString(2), rs.getString(3)), runId);
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
