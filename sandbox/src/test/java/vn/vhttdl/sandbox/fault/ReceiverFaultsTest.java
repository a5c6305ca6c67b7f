package vn.vhttdl.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vhttdl.sandbox.HeritageSites.PATH;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.vhttdl.sandbox.MutableClock;

class ReceiverFaultsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-04T03:15:00Z"));
    private final ReceiverFaults faults = new ReceiverFaults(clock);

    @Test
    void touchesNothingWithoutAFault() {
        assertThat(faults.decide(PATH)).isEqualTo(FaultDecision.NONE);
        assertThat(faults.takeLostAcknowledgement(PATH, "b")).isFalse();
    }

    @Test
    void failsTheNextCallsThenLetsThemThrough() {
        faults.set(new ReceiverFault(PATH, 503, 2, null, null, 5, null));

        assertThat(faults.decide(PATH)).isEqualTo(new FaultDecision(0, 503, 5));
        assertThat(faults.decide(PATH)).isEqualTo(new FaultDecision(0, 503, 5));
        assertThat(faults.decide(PATH).fails()).isFalse();
        assertThat(faults.decide("/vhttdl/1.0/other").fails()).isFalse();
    }

    @Test
    void failsEveryCallForAPeriod() {
        faults.set(new ReceiverFault(PATH, 500, null, 60, null, null, null));

        assertThat(faults.decide(PATH).failStatus()).isEqualTo(500);
        assertThat(faults.state().get(PATH).failUntil()).isEqualTo("2025-03-04T10:16+07:00");
        clock.advance(Duration.ofSeconds(59));
        assertThat(faults.decide(PATH).fails()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(faults.decide(PATH).fails()).isFalse();
        assertThat(faults.state().get(PATH).failUntil()).isNull();
    }

    @Test
    void delaysEveryAnswerUntilCleared() {
        faults.set(new ReceiverFault(PATH, null, null, null, 250L, null, null));

        assertThat(faults.decide(PATH)).isEqualTo(new FaultDecision(250, null, null));
        assertThat(faults.decide(PATH).delayMs()).isEqualTo(250);
        faults.clear();
        assertThat(faults.decide(PATH)).isEqualTo(FaultDecision.NONE);
    }

    @Test
    void losesOneAcknowledgementOnly() {
        faults.set(new ReceiverFault(PATH, null, null, null, null, null, true));

        assertThat(faults.decide(PATH).fails()).isFalse();
        assertThat(faults.takeLostAcknowledgement(PATH, "b")).isTrue();
        assertThat(faults.takeLostAcknowledgement(PATH, "b")).isFalse();
    }

    @Test
    void aNewFaultReplacesTheOldOne() {
        faults.set(new ReceiverFault(PATH, 503, 5, null, 100L, null, null));
        faults.set(new ReceiverFault(PATH, null, 1, null, null, null, null));

        assertThat(faults.decide(PATH)).isEqualTo(new FaultDecision(0, ReceiverFault.DEFAULT_STATUS, null));
        assertThat(faults.decide(PATH)).isEqualTo(FaultDecision.NONE);
    }
}
