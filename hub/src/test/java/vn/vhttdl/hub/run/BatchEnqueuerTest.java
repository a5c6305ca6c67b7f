package vn.vhttdl.hub.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BatchEnqueuerTest {

    @Test
    void sentAtIsRfc3339InVietnamEvenOnAWholeMinute() {
        // OffsetDateTime.toString() would write 2026-11-25T18:31+07:00, which receivers refuse
        assertThat(BatchEnqueuer.sentAt(Instant.parse("2026-11-25T11:31:00Z"))).isEqualTo("2026-11-25T18:31:00+07:00");
        assertThat(BatchEnqueuer.sentAt(Instant.parse("2026-11-25T11:31:07.250Z"))).isEqualTo("2026-11-25T18:31:07+07:00");
    }
}
