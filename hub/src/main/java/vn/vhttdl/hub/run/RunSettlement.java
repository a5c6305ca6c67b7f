package vn.vhttdl.hub.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.audit.AuditTrail;

/** Closes a run once its last batch is accounted for, and writes its final counts to the audit trail. */
@Component
public class RunSettlement {

    private final RunStore runs;
    private final AuditTrail audit;

    public RunSettlement(RunStore runs, AuditTrail audit) {
        this.runs = runs;
        this.audit = audit;
    }

    /** Settles the run if nothing is pending; harmless to call more than once. */
    public void settleIfComplete(String runId) {
        runs.settleIfComplete(runId).ifPresent(status -> runs.find(runId).ifPresent(run -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("status", status.name());
            details.put("counts", run.counts());
            details.put("reconciled", run.reconciled());
            audit.record("hub", "RUN_FINISHED", run.exchangeId(), runId, details);
        }));
    }
}
