package vn.vhttdl.sandbox.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code CapNhatTienDoHoSoMC}: stores processing steps of dossiers the portal holds, in arrival
 * order. A step of a dossier it does not hold answers {@code "4"}, and no step of the call is stored.
 */
@Component
public class CapNhatTienDoService implements PortalService {

    static final String FORMAT = "dvcqg/cap-nhat-tien-do/v1";
    private static final Set<String> DATES = Set.of("ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh");

    private final PortalDossiers dossiers;
    private final PortalRecordCheck check;
    private final DvcqgSandboxProperties properties;

    public CapNhatTienDoService(PortalDossiers dossiers, PortalRecordCheck check, DvcqgSandboxProperties properties) {
        this.dossiers = dossiers;
        this.check = check;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "CapNhatTienDoHoSoMC";
    }

    @Override
    public PortalAnswer handle(JsonNode call) {
        CallRecords data = CallRecords.of(call, properties.getMaxRecordsPerCall());
        if (data.problem() != null) {
            return PortalAnswer.invalid(List.of(data.problem()));
        }
        List<RecordError> errors = check.check(FORMAT, data.records(), DATES, false);
        if (!errors.isEmpty()) {
            return PortalAnswer.invalid(errors);
        }
        Optional<String> missing = dossiers.addProgress(data.records());
        return missing.map(code -> PortalAnswer.error(PortalAnswer.NOT_FOUND, "Hồ sơ " + code
                        + " không tồn tại, không cập nhật được tiến độ / dossier " + code + " does not exist; no progress stored"))
                .orElseGet(() -> PortalAnswer.success("Cập nhật " + data.records().size() + " bước xử lý / "
                        + data.records().size() + " step(s) stored"));
    }
}
