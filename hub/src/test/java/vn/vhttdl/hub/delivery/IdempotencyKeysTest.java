package vn.vhttdl.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    private static final String ABC_SHA_256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void theKeysAreSha256HexOfTheirParts() {
        // FIPS 180-2's example, then the same digest over the parts joined by the unit separator
        assertThat(IdempotencyKeys.contentHash("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(ABC_SHA_256);
        assertThat(IdempotencyKeys.recordKey("heritage-sites", "DT-001", ABC_SHA_256))
                .isEqualTo("4a9f6f2b1f1144eee442a19a322ea5140d7dc554f5d81acdce90dc24617928e1");
        assertThat(IdempotencyKeys.batchId("run-1", "heritage-sites", 7))
                .isEqualTo("49e6181572ace8810496ad460a3defd6b71b65d35c70644de602c4d3af6585d4");
    }

    @Test
    void pipelineThreadsHashingAtOnceGetTheSameKeysAsOneThreadAlone() throws Exception {
        List<String> alone = hashes();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> together = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Callable<List<String>> work = IdempotencyKeysTest::hashes;
                together.add(threads.submit(work));
            }
            for (Future<List<String>> result : together) {
                assertThat(result.get()).isEqualTo(alone);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<String> hashes() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String hash = IdempotencyKeys.contentHash(("{\"maDiTich\":\"DT-" + i + "\"}").getBytes(StandardCharsets.UTF_8));
            keys.add(IdempotencyKeys.recordKey("heritage-sites", "DT-" + i, hash));
        }
        return keys;
    }
}
