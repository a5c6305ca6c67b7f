package vn.vhttdl.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsAreAMillionRecordsWithAGigabyteHeap() {
        BenchOptions options = BenchOptions.from();

        assertThat(options.records()).isEqualTo(1_000_000);
        assertThat(options.heap()).isEqualTo("1g");
        assertThat(options.baseline()).isTrue();
        assertThat(options.hub()).isTrue();
        assertThat(options.latencySamples()).isEqualTo(1000);
        assertThat(options.appendReadme()).isTrue();
        assertThat(options.passes()).isEqualTo(2);
    }

    @Test
    void tenMillionMeansA512MegabyteHeap() {
        BenchOptions options = BenchOptions.from("--ten-million");

        assertThat(options.records()).isEqualTo(10_000_000);
        assertThat(options.heap()).isEqualTo("512m");
        assertThat(options.passes()).isEqualTo(1);
        assertThat(BenchOptions.from("--ten-million", "--passes", "2").passes()).isEqualTo(2);
    }

    @Test
    void readsValuesFlagsAndGroupedNumbers() {
        BenchOptions options = BenchOptions.from("--records", "20_000", "--skip-baseline", "--heap=768m", "--skip-latency",
                "--hub-args=--a=1 --b=2", "--label", "after: no schema check");

        assertThat(options.records()).isEqualTo(20_000);
        assertThat(options.baseline()).isFalse();
        assertThat(options.heap()).isEqualTo("768m");
        assertThat(options.latencySamples()).isZero();
        assertThat(options.hubArgs()).isEqualTo(List.of("--a=1", "--b=2"));
        assertThat(options.label()).isEqualTo("after: no schema check");
    }

    @Test
    void refusesAnUnknownOptionOrABadNumber() {
        assertThatThrownBy(() -> BenchOptions.from("--recrods", "5")).hasMessageContaining("--recrods");
        assertThatThrownBy(() -> BenchOptions.from("--records", "many")).hasMessageContaining("--records");
        assertThatThrownBy(() -> BenchOptions.from("--records", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> BenchOptions.from("--passes", "0")).hasMessageContaining("--passes must be between 1 and 5");
    }
}
