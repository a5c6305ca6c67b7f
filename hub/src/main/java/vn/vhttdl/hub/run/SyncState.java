package vn.vhttdl.hub.run;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The watermark of each incremental exchange ({@code sync_state}). */
@Repository
public class SyncState {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public SyncState(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Instant> watermark(String exchangeId) {
        return jdbc.query("SELECT watermark FROM sync_state WHERE exchange_id = ?",
                (rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant(), exchangeId).stream().findFirst();
    }

    /** Moves the watermark forward; never backward, whatever order runs finish in. */
    void advance(String exchangeId, Instant watermark, String runId) {
        OffsetDateTime value = OffsetDateTime.ofInstant(watermark, ZoneOffset.UTC);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int updated = jdbc.update("UPDATE sync_state SET watermark = ?, run_id = ?, updated_at = ? "
                + "WHERE exchange_id = ? AND watermark < ?", value, runId, now, exchangeId, value);
        if (updated == 0 && watermark(exchangeId).isEmpty()) {
            jdbc.update("INSERT INTO sync_state (exchange_id, watermark, run_id, updated_at) VALUES (?, ?, ?, ?)", exchangeId,
                    value, runId, now);
        }
    }
}
