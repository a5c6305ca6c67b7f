package vn.vhttdl.hub.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.run.RunAlreadyActiveException;
import vn.vhttdl.hub.run.RunOptions;
import vn.vhttdl.hub.run.RunService;

/** What a schedule does when it fires: start a run as the scheduler, unless one is extracting. */
@Component
public class ScheduledRunStarter {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRunStarter.class);

    private final RunService runs;

    public ScheduledRunStarter(RunService runs) {
        this.runs = runs;
    }

    public void start(String exchangeId) {
        try {
            String runId = runs.start(exchangeId, new RunOptions(false, false), "scheduler", "SCHEDULE");
            LOG.info("Schedule of {} started run {}", exchangeId, runId);
        } catch (RunAlreadyActiveException e) {
            // the previous run is still extracting; its watermark will cover what this one would read
            LOG.warn("Schedule of {} skipped: {}", exchangeId, e.getMessage());
        }
    }
}
