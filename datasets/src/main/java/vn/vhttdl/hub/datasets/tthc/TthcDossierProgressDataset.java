package vn.vhttdl.hub.datasets.tthc;

import java.util.Map;
import vn.vhttdl.hub.datasets.DatasetType;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;
import vn.vhttdl.hub.datasets.UnsupportedFormatException;
import vn.vhttdl.hub.datasets.text.VietnameseTextRepair;

/**
 * The {@code tthc-dossier-progress} dataset: the processing steps (tiến độ xử lý) of the
 * one-stop system's dossiers, sent to the national portal with {@code CapNhatTienDoHoSoMC}
 * ({@code dvcqg/cap-nhat-tien-do/v1}), in chunks, after the dossier itself.
 *
 * <p>Source rows use the canonical columns {@code step_id, dossier_code, handler, handler_title,
 * department, content, status, handled_at, started_at, due_at, updated_at}.
 */
public final class TthcDossierProgressDataset implements DatasetType<TthcDossierProgress> {

    /** The dataset id that exchange definitions name. */
    public static final String ID = "tthc-dossier-progress";

    private final VietnameseTextRepair textRepair = new VietnameseTextRepair();
    private final DvcqgCapNhatTienDoV1 capNhatTienDo = new DvcqgCapNhatTienDoV1();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<TthcDossierProgress> recordType() {
        return TthcDossierProgress.class;
    }

    @Override
    public TthcDossierProgress fromRow(Map<String, Object> row, RecordReport report) {
        SourceRow source = new SourceRow(row, report, textRepair);
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
    public boolean supportsFormat(String format) {
        return DvcqgCapNhatTienDoV1.FORMAT.equals(format);
    }

    @Override
    public Map<String, Object> toFormat(String format, TthcDossierProgress record) {
        if (!supportsFormat(format)) {
            throw new UnsupportedFormatException(ID, format);
        }
        return capNhatTienDo.map(record);
    }
}
