package vn.vhttdl.sandbox.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.vhttdl.sandbox.dvcqg.PortalRecords.CCCD;
import static vn.vhttdl.sandbox.dvcqg.PortalRecords.dossier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vhttdl.hub.schemas.SchemaCatalog;

class PortalRecordCheckTest {

    private static final Set<String> DATES = Set.of("NgayTiepNhan", "NgayHenTra");
    private final PortalRecordCheck check = new PortalRecordCheck(new SchemaCatalog());

    @Test
    void acceptsACompleteDossier() {
        assertThat(check.check(DongBoHoSoService.FORMAT, List.of(dossier("A")), DATES, true)).isEmpty();
    }

    @Test
    void namesTheRecordAndTheFieldOfEveryProblemWithoutQuotingValues() {
        ObjectNode bad = dossier("B");
        bad.put("NgayHenTra", "17/09/2025");
        bad.put("NgayTiepNhan", "20250231083000");
        bad.put("KenhThucHien", "4");
        ((ObjectNode) bad.get("DinhDanhCHS").get(0)).put("SoDinhDanh", CCCD.substring(1));
        bad.remove("ChuHoSo");

        var errors = check.check(DongBoHoSoService.FORMAT, List.of(dossier("A"), bad, dossier("A")), DATES, true);

        assertThat(errors).extracting(RecordError::index, RecordError::maHoSo, RecordError::field, RecordError::rule)
                .containsExactlyInAnyOrder(
                        tuple(1, "B", "ChuHoSo", "required"),
                        tuple(1, "B", "DinhDanhCHS[0].SoDinhDanh", "pattern"),
                        tuple(1, "B", "KenhThucHien", "enum"),
                        tuple(1, "B", "NgayHenTra", "pattern"),
                        tuple(1, "B", "NgayTiepNhan", "date"),
                        tuple(2, "A", "MaHoSo", "unique"));
        assertThat(errors).allSatisfy(error -> assertThat(error.message()).doesNotContain(CCCD.substring(1), "17/09/2025"));
    }
}
