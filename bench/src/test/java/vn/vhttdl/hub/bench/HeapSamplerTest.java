package vn.vhttdl.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapSamplerTest {

    @Test
    void usedHeapIsSurvivorsEdenAndOldAtTheTimeSinceTheWindowOpened() {
        String[] header = "Timestamp S0C S1C S0U S1U EC EU OC OU MC MU CCSC CCSU YGC YGCT FGC FGCT CGC CGCT GCT".split(" ");
        String[] line = "317.5 0.0 8192.0 0.0 6264.6 57344.0 40960.0 114688.0 80409.0 89088.0 88172.6 11968.0 11501.6 24 1.311 0 0.000 12 0.130 1.441"
                .split(" ");

        PhaseMonitor.HeapSample sample = HeapSampler.parse(header, line, 300.0);

        assertThat(sample.second()).isEqualTo(17.5);
        assertThat(sample.usedBytes()).isEqualTo(Math.round((6264.6 + 40960.0 + 80409.0) * 1024));
    }
}
