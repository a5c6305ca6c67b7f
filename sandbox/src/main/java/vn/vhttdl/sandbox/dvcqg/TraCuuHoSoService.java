package vn.vhttdl.sandbox.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code TraCuuHoSo}: the dossier with code {@code mahoso}, as {@code result: [record]}, or {@code result: []}. */
@Component
public class TraCuuHoSoService implements PortalService {

    private final PortalDossiers dossiers;

    public TraCuuHoSoService(PortalDossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public String name() {
        return "TraCuuHoSo";
    }

    @Override
    public PortalAnswer handle(JsonNode call) {
        JsonNode code = call.get("mahoso");
        if (code == null || !code.isTextual() || code.asText().isBlank()) {
            return PortalAnswer.invalid(List.of(RecordError.ofCall("mahoso", "required",
                    "Thiếu mahoso / mahoso is missing")));
        }
        return PortalAnswer.found(dossiers.find(code.asText()).map(List::of).orElse(List.of()));
    }
}
