package vn.vhttdl.hub.connectors.dvcqg;

import java.util.List;

/**
 * What {@link DvcqgClient#syncDossiers} did.
 *
 * @param added   MaHoSo of the dossiers the portal did not hold and now does
 * @param updated MaHoSo of the dossiers it held ("đã tồn tại") and updated
 * @param calls   service calls made (adds, per-record retries and updates)
 */
public record DossierSyncReport(List<String> added, List<String> updated, int calls) {

    public DossierSyncReport {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
    }
}
