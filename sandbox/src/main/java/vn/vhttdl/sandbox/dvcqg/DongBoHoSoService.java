package vn.vhttdl.sandbox.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code DongBoHoSoMC}: adds dossiers ({@code isUpdating "False"}) or updates them
 * ({@code "True"}). An add of a dossier the portal holds answers {@code "3"} "Hồ sơ đã tồn tại",
 * an update of one it does not hold {@code "4"}; in both cases nothing of the call is stored.
 */
@Component
public class DongBoHoSoService implements PortalService {

    static final String FORMAT = "dvcqg/dong-bo-ho-so/v1";
    private static final Set<String> DATES = Set.of("NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayKetThucXuLy",
            "NgayTuChoi", "NgayNopHoSo");

    private final PortalDossiers dossiers;
    private final PortalRecordCheck check;
    private final DvcqgSandboxProperties properties;

    public DongBoHoSoService(PortalDossiers dossiers, PortalRecordCheck check, DvcqgSandboxProperties properties) {
        this.dossiers = dossiers;
        this.check = check;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "DongBoHoSoMC";
    }

    @Override
    public PortalAnswer handle(JsonNode call) {
        JsonNode isUpdating = call.get("isUpdating");
        // the portal's clients send the .NET spelling of a boolean, as text
        if (isUpdating == null || !isUpdating.isTextual()
                || !(isUpdating.asText().equalsIgnoreCase("True") || isUpdating.asText().equalsIgnoreCase("False"))) {
            return PortalAnswer.invalid(List.of(RecordError.ofCall("isUpdating", "enum",
                    "isUpdating phải là \"True\" hoặc \"False\" / isUpdating must be \"True\" or \"False\"")));
        }
        CallRecords data = CallRecords.of(call, properties.getMaxRecordsPerCall());
        if (data.problem() != null) {
            return PortalAnswer.invalid(List.of(data.problem()));
        }
        List<RecordError> errors = check.check(FORMAT, data.records(), DATES, true);
        if (!errors.isEmpty()) {
            return PortalAnswer.invalid(errors);
        }
        if (isUpdating.asText().equalsIgnoreCase("True")) {
            Optional<String> missing = dossiers.update(data.records());
            return missing.map(code -> PortalAnswer.error(PortalAnswer.NOT_FOUND, "Hồ sơ " + code
                            + " không tồn tại, không thể cập nhật / dossier " + code + " does not exist and cannot be updated"))
                    .orElseGet(() -> PortalAnswer.success("Cập nhật " + data.records().size() + " hồ sơ / "
                            + data.records().size() + " dossier(s) updated"));
        }
        Optional<String> existing = dossiers.add(data.records());
        return existing.map(code -> PortalAnswer.error(PortalAnswer.ALREADY_EXISTS, "Hồ sơ đã tồn tại: " + code
                        + " / the dossier already exists: " + code))
                .orElseGet(() -> PortalAnswer.success("Thêm mới " + data.records().size() + " hồ sơ / "
                        + data.records().size() + " dossier(s) added"));
    }
}
