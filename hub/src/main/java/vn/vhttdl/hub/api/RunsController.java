package vn.vhttdl.hub.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vhttdl.hub.run.RejectStore;
import vn.vhttdl.hub.run.RunStore;
import vn.vhttdl.hub.run.RunView;

/** A run's status and counts, and the records it quarantined. */
@RestController
@RequestMapping("/api/runs")
public class RunsController {

    private final RunStore runs;
    private final RejectStore rejects;

    public RunsController(RunStore runs, RejectStore rejects) {
        this.runs = runs;
        this.rejects = rejects;
    }

    @GetMapping("/{runId}")
    public RunView run(@PathVariable String runId) {
        return runs.find(runId).orElseThrow(() -> new NotFoundException("lần chạy / run", runId));
    }

    @GetMapping("/{runId}/rejects")
    public List<RejectStore.Reject> rejects(@PathVariable String runId) {
        run(runId);
        return rejects.forRun(runId);
    }
}
