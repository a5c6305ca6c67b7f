package vn.vhttdl.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubRunTest {

    @Test
    void anExperimentsArgumentReplacesTheDriversOwn() {
        List<String> args = new ArrayList<>(List.of("-jar", "hub.jar", "--server.port=8080",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/bench_hub", "--spring.datasource.username=postgres"));

        HubRun.overrideWith(args, List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/bench_hub?reWriteBatchedInserts=true",
                "--logging.level.org.apache.activemq.audit=WARN"));

        assertThat(args).containsExactly("-jar", "hub.jar", "--server.port=8080", "--spring.datasource.username=postgres",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/bench_hub?reWriteBatchedInserts=true",
                "--logging.level.org.apache.activemq.audit=WARN");
    }
}
