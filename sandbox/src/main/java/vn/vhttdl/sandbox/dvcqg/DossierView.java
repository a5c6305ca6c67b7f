package vn.vhttdl.sandbox.dvcqg;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One dossier the stand-in portal holds, as the control API shows it.
 *
 * @param maHoSo          its code
 * @param adds            times it was added ({@code isUpdating "False"} accepted): 1, a second add is refused
 * @param updates         times it was updated ({@code isUpdating "True"} accepted)
 * @param progressCount   progress steps received for it
 * @param firstReceivedAt when it was added (ISO, +07:00)
 * @param lastReceivedAt  when it was last added or updated
 * @param record          the record as last received
 * @param progress        the steps, in arrival order
 */
@JsonPropertyOrder({"MaHoSo", "adds", "updates", "progressCount", "firstReceivedAt", "lastReceivedAt", "record", "progress"})
public record DossierView(@JsonProperty("MaHoSo") String maHoSo, int adds, int updates, int progressCount,
        String firstReceivedAt, String lastReceivedAt, JsonNode record, List<JsonNode> progress) {
}
