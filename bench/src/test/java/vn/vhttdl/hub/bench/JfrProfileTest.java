package vn.vhttdl.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JfrProfileTest {

    @Test
    void aSampleGoesToTheLibraryOfItsTopmostNonJdkFrame() {
        assertThat(JfrProfile.library(List.of("java.util.HashMap.get", "com.networknt.schema.JsonSchema.validate",
                "vn.vhttdl.hub.schemas.SchemaCatalog.validate"))).isEqualTo("JSON Schema validation (networknt)");
        assertThat(JfrProfile.library(List.of("com.fasterxml.jackson.core.json.UTF8JsonGenerator.writeString",
                "vn.vhttdl.hub.run.BatchEnqueuer.enqueue"))).isEqualTo("Jackson");
        assertThat(JfrProfile.library(List.of("vn.vhttdl.hub.datasets.text.VietnameseTextRepair.repair")))
                .isEqualTo("hub: Vietnamese text repair");
    }

    @Test
    void someJdkAreasAreCostsOfTheirOwn() {
        assertThat(JfrProfile.library(List.of("sun.security.provider.SHA2.implCompress0", "java.security.MessageDigest.digest",
                "vn.vhttdl.hub.delivery.IdempotencyKeys.contentHash"))).isEqualTo("JDK: SHA-256 / MessageDigest");
        assertThat(JfrProfile.library(List.of("java.util.regex.Pattern$Slice.match", "org.hibernate.validator.X.isValid")))
                .isEqualTo("JDK: regular expressions");
        assertThat(JfrProfile.library(List.of("java.lang.Thread.run"))).isEqualTo("JDK: java.lang");
        assertThat(JfrProfile.library(List.of("java.util.function.Function$$Lambda$238+0x00007f5810175eb0.apply")))
                .isEqualTo("JDK: java.util.function");
    }

    @Test
    void aSampleGoesToTheStepNearestTheTopOfItsStack() {
        assertThat(JfrProfile.concern(List.of("org.postgresql.core.v3.QueryExecutorImpl.execute",
                "vn.vhttdl.hub.delivery.DeliveryLedger.enqueued", "vn.vhttdl.hub.run.BatchEnqueuer.enqueue"), "hub-run"))
                .isEqualTo("delivery ledger: record the batch as queued (JDBC)");
        assertThat(JfrProfile.concern(List.of("com.fasterxml.jackson.core.json.UTF8JsonGenerator.writeString",
                "vn.vhttdl.hub.run.BatchEnqueuer.enqueue"), "hub-run"))
                .isEqualTo("batch envelope to JSON and enqueue (Artemis send, journal sync)");
        assertThat(JfrProfile.concern(List.of("java.lang.Object.wait"), "GC Thread#1")).isEqualTo("other (thread GC Thread##)");
    }

    @Test
    void summarisesByLibraryHubMethodAndThread() {
        JfrProfile profile = new JfrProfile();
        profile.add(List.of("com.networknt.schema.X.a", "vn.vhttdl.hub.run.RecordPipeline.process"), "hub-run");
        profile.add(List.of("com.networknt.schema.X.b", "vn.vhttdl.hub.run.RecordPipeline.process"), "hub-run");
        profile.add(List.of("org.apache.activemq.artemis.core.journal.impl.JournalImpl.appendAddRecord"),
                "Thread-12 (ActiveMQ-IO-server)");

        assertThat(profile.samples()).isEqualTo(3);
        assertThat(profile.libraries(1)).containsExactly(new JfrProfile.Entry("JSON Schema validation (networknt)", 2));
        assertThat(profile.hubMethods(2)).containsExactly(new JfrProfile.Entry("run.RecordPipeline.process", 2),
                new JfrProfile.Entry("(no hub frame) Thread-# (ActiveMQ-IO-server)", 1));
        assertThat(profile.format(3)).contains(" 66.7%  JSON Schema validation (networknt)");
    }
}
