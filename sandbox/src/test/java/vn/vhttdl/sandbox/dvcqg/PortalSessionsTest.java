package vn.vhttdl.sandbox.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PortalSessionsTest {

    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2025-09-03T01:00:00Z"));
    private final DvcqgSandboxProperties properties = new DvcqgSandboxProperties();
    private final PortalSessions sessions = new PortalSessions(clock, properties);

    @Test
    void aSessionLastsItsTtlAndNoLonger() {
        properties.setSessionTtl(Duration.ofMinutes(30));
        String session = sessions.open();

        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        assertThat(sessions.isValid(session)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sessions.isValid(session)).isFalse();
        assertThat(sessions.refusedSessions()).isEqualTo(1);
    }

    @Test
    void expiringAllSessionsLeavesLaterOnesWorking() {
        String first = sessions.open();
        String second = sessions.open();

        assertThat(sessions.expireAll()).isEqualTo(2);
        String third = sessions.open();

        assertThat(sessions.isValid(first)).isFalse();
        assertThat(sessions.isValid(second)).isFalse();
        assertThat(sessions.isValid(third)).isTrue();
        assertThat(sessions.logins()).isEqualTo(3);
    }

    @Test
    void aSessionNeverIssuedOrMissingIsRefused() {
        assertThat(sessions.isValid("made-up")).isFalse();
        assertThat(sessions.isValid(null)).isFalse();
        assertThat(sessions.open()).isNotEqualTo(sessions.open()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void neverPrintsThePassword() {
        properties.setPassword("mat-khau-cua-so");

        assertThat(properties.toString()).doesNotContain("mat-khau-cua-so").contains("******");
    }
}
