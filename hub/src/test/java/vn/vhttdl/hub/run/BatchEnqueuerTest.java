package vn.vhttdl.hub.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vhttdl.hub.delivery.IdempotencyKeys;
import vn.vhttdl.hub.schemas.SchemaCatalog;

class BatchEnqueuerTest {

    private static final String FORMAT = "ministry/heritage-site/v1";

    private final ObjectMapper json = new ObjectMapper();
    private final BatchEnqueuer enqueuer = new BatchEnqueuer(null, null, json, null,
            Clock.fixed(Instant.parse("2026-11-25T11:31:00Z"), ZoneOffset.UTC));

    @Test
    void theEnvelopeCarriesEachRecordAsItWasWrittenInOrder() throws Exception {
        List<RecordOutcome.Valid> records = new ArrayList<>();
        List<JsonNode> asTrees = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            Map<String, Object> mapped = RecordJsonTest.heritageSite();
            mapped.put("maDiTich", "DT-" + i);
            mapped.remove("viDo");
            byte[] content = json.writeValueAsBytes(mapped);
            String hash = IdempotencyKeys.contentHash(content);
            String key = IdempotencyKeys.recordKey("heritage-sites", "DT-" + i, hash);
            records.add(new RecordOutcome.Valid("DT-" + i, hash, key,
                    RecordJson.withHubKeys(json, "DT-" + i, key, mapped, content), 0));
            ObjectNode tree = json.createObjectNode();
            tree.put("sourceKey", "DT-" + i);
            tree.put("idempotencyKey", key);
            tree.setAll((ObjectNode) json.valueToTree(mapped));
            asTrees.add(tree);
        }
        String batchId = IdempotencyKeys.batchId("run", "heritage-sites", 1);

        JsonNode envelope = json.readTree(enqueuer.envelope(batchId, "heritage-sites", "heritage-site", FORMAT, records));

        // the shape the hub has always sent, which receivers validate against lgsp/batch/v1
        ObjectNode expected = json.createObjectNode();
        expected.put("batchId", batchId);
        expected.put("exchange", "heritage-sites");
        expected.put("dataset", "heritage-site");
        expected.put("format", FORMAT);
        expected.put("sentAt", "2026-11-25T18:31:00+07:00");
        expected.putArray("records").addAll(asTrees);
        assertThat(envelope.toString()).isEqualTo(expected.toString()); // member order included
        SchemaCatalog schemas = new SchemaCatalog();
        assertThat(schemas.validate("lgsp/batch/v1", envelope)).isEmpty();
        assertThat(schemas.validate(FORMAT, envelope.get("records").get(699))).isEmpty();
    }

    @Test
    void sentAtIsRfc3339InVietnamEvenOnAWholeMinute() {
        // OffsetDateTime.toString() would write 2026-11-25T18:31+07:00, which receivers refuse
        assertThat(BatchEnqueuer.sentAt(Instant.parse("2026-11-25T11:31:00Z"))).isEqualTo("2026-11-25T18:31:00+07:00");
        assertThat(BatchEnqueuer.sentAt(Instant.parse("2026-11-25T11:31:07.250Z"))).isEqualTo("2026-11-25T18:31:07+07:00");
    }
}
