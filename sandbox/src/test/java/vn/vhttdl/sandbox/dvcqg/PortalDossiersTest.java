package vn.vhttdl.sandbox.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vhttdl.sandbox.dvcqg.PortalRecords.dossier;
import static vn.vhttdl.sandbox.dvcqg.PortalRecords.step;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortalDossiersTest {

    private final PortalDossiers dossiers = new PortalDossiers(new AdjustableClock(Instant.parse("2025-09-03T01:00:00Z")));

    @Test
    void anAddWithOneHeldDossierStoresNothingOfTheCall() {
        dossiers.add(List.of(dossier("B")));

        assertThat(dossiers.add(List.of(dossier("A"), dossier("B")))).contains("B");

        assertThat(dossiers.all()).extracting(DossierView::maHoSo).containsExactly("B");
    }

    @Test
    void anUpdateWithOneMissingDossierStoresNothingOfTheCall() {
        dossiers.add(List.of(dossier("A")));
        var changed = dossier("A");
        changed.put("TrangThaiHoSo", "10");

        assertThat(dossiers.update(List.of(changed, dossier("Z")))).contains("Z");
        assertThat(dossiers.find("A")).hasValueSatisfying(record -> assertThat(record.path("TrangThaiHoSo").asText()).isEqualTo("4"));

        assertThat(dossiers.update(List.of(changed))).isEmpty();
        DossierView view = dossiers.all().get(0);
        assertThat(view.adds()).isEqualTo(1);
        assertThat(view.updates()).isEqualTo(1);
        assertThat(view.record().path("TrangThaiHoSo").asText()).isEqualTo("10");
        assertThat(view.firstReceivedAt()).endsWith("+07:00");
    }

    @Test
    void keepsStepsInArrivalOrderAndOnlyForHeldDossiers() {
        dossiers.add(List.of(dossier("A")));

        assertThat(dossiers.addProgress(List.of(step("A", "Tiếp nhận"), step("B", "Thẩm định")))).contains("B");
        assertThat(dossiers.addProgress(List.of(step("A", "Tiếp nhận"), step("A", "Thẩm định")))).isEmpty();

        DossierView view = dossiers.all().get(0);
        assertThat(view.progressCount()).isEqualTo(2);
        assertThat(view.progress()).extracting(step -> step.path("NoiDungXuLy").asText()).containsExactly("Tiếp nhận", "Thẩm định");
    }
}
