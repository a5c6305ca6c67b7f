package vn.vhttdl.sandbox.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenFaultsTest {

    @Test
    void failsTheNextTokenRequestsThenIssuesAgain() {
        TokenFaults faults = new TokenFaults();
        faults.failNext(1, 503, 7);

        assertThat(faults.decide().failure()).contains(new TokenFaults.Failure(503, 7));
        assertThat(faults.decide().failure()).isEmpty();
        assertThat(faults.state()).isEqualTo(new TokenFaults.State(0, null, null, 0));
    }
}
