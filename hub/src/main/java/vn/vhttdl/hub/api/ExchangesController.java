package vn.vhttdl.hub.api;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.vhttdl.hub.delivery.DeliveryLedger;
import vn.vhttdl.hub.delivery.ExchangeReconciliation;
import vn.vhttdl.hub.exchange.DefinitionError;
import vn.vhttdl.hub.exchange.ExchangeDefinition;
import vn.vhttdl.hub.exchange.ExchangeRegistry;
import vn.vhttdl.hub.run.RunOptions;
import vn.vhttdl.hub.run.RunService;
import vn.vhttdl.hub.run.RunStore;
import vn.vhttdl.hub.run.RunView;

/** The exchanges and how to start one. */
@RestController
@RequestMapping("/api/exchanges")
public class ExchangesController {

    private final ExchangeRegistry registry;
    private final RunService runService;
    private final RunStore runs;
    private final DeliveryLedger ledger;

    public ExchangesController(ExchangeRegistry registry, RunService runService, RunStore runs, DeliveryLedger ledger) {
        this.ledger = ledger;
        this.registry = registry;
        this.runService = runService;
        this.runs = runs;
    }

    /**
     * One exchange as the console lists it.
     *
     * @param definitionErrors empty for a loaded exchange; for a refused file, why (and the other fields may be null)
     */
    public record ExchangeSummary(String id, String title, String file, String dataset, String target, String schedule,
            boolean enabled, boolean running, RunView lastRun, List<DefinitionError> definitionErrors) {
    }

    @GetMapping
    public List<ExchangeSummary> list() {
        List<ExchangeSummary> summaries = new ArrayList<>();
        for (ExchangeDefinition e : registry.catalog().exchanges()) {
            summaries.add(new ExchangeSummary(e.id(), e.title(), e.file().getFileName().toString(), e.dataset(),
                    e.target().connector() + " " + e.target().path() + " (" + e.target().format() + ")", e.schedule(),
                    e.enabled(), runService.isExtracting(e.id()), runs.latest(e.id()).orElse(null), List.of()));
        }
        for (Map.Entry<String, List<DefinitionError>> refused : registry.errorsByFile().entrySet()) {
            String file = refused.getKey();
            String id = file.endsWith(".yaml") ? file.substring(0, file.length() - 5) : file;
            summaries.add(new ExchangeSummary(id, null, file, null, null, null, false, false, null, refused.getValue()));
        }
        return summaries;
    }

    /** The answer to a run request. */
    public record RunAccepted(String runId) {
    }

    @PostMapping("/{id}/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public RunAccepted start(@PathVariable String id, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean full, Principal principal) {
        return new RunAccepted(runService.start(id, new RunOptions(dryRun, full), principal.getName(), "MANUAL"));
    }

    /** Where every record of the exchange stands: delivered, pending, dead-lettered, quarantined. */
    @GetMapping("/{id}/reconciliation")
    public ExchangeReconciliation reconciliation(@PathVariable String id) {
        registry.catalog().find(id).orElseThrow(() -> new NotFoundException("luồng trao đổi / exchange", id));
        return ledger.reconcile(id);
    }

    @GetMapping("/{id}/runs")
    public List<RunView> recentRuns(@PathVariable String id, @RequestParam(defaultValue = "20") int limit) {
        return runs.recent(id, Math.max(1, Math.min(limit, 200)));
    }
}
