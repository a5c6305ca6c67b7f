package vn.vhttdl.hub.datasets.tthc;

import java.util.Map;
import vn.vhttdl.hub.datasets.MappedDataset;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;

/**
 * The {@code tthc-dossier-progress} dataset: the processing steps (tiến độ xử lý) of the
 * one-stop system's dossiers, sent to the national portal with {@code CapNhatTienDoHoSoMC}
 * ({@code dvcqg/cap-nhat-tien-do/v1}), in chunks, after the dossier itself.
 *
 * <p>Source rows use the canonical columns {@code step_id, dossier_code, handler, handler_title,
 * department, content, status, handled_at, started_at, due_at, updated_at}.
 */
public final class TthcDossierProgressDataset extends MappedDataset<TthcDossierProgress> {

    /** The dataset id that exchange definitions name. */
    public static final String ID = "tthc-dossier-progress";

    private final DvcqgCapNhatTienDoV1 capNhatTienDo = new DvcqgCapNhatTienDoV1();

    public TthcDossierProgressDataset() {
        super(ID, TthcDossierProgress.class, DvcqgCapNhatTienDoV1.FORMAT);
    }

    @Override
    protected TthcDossierProgress read(SourceRow source, RecordReport report) {
        Object rawStatus = source.raw("status");
        Object status = rawStatus instanceof CharSequence ? source.text("status", "status") : rawStatus;
        return new TthcDossierProgress(
                source.text("step_id", "stepId"),
                source.text("dossier_code", "dossierCode"),
                source.text("handler", "handler"),
                source.text("handler_title", "handlerTitle"),
                source.text("department", "department"),
                source.text("content", "content"),
                DvcqgCodes.read(DossierStatus.class, DvcqgCodeList.TRANG_THAI_HO_SO, status, "status", report),
                DvcqgDates.read(source, "handled_at", "handledAt", report),
                DvcqgDates.read(source, "started_at", "startedAt", report),
                DvcqgDates.read(source, "due_at", "dueAt", report),
                source.instant("updated_at", "updatedAt"));
    }

    @Override
    public String keyOf(TthcDossierProgress record) {
        return record.stepId();
    }

    @Override
    protected Map<String, Object> map(String format, TthcDossierProgress record) {
        return capNhatTienDo.map(record);
    }
}
