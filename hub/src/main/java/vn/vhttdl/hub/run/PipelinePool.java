package vn.vhttdl.hub.run;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.config.EngineProperties;

/**
 * The workers that run the per-record pipeline ({@link RecordPipeline}) for every extraction
 * ({@code hub.pipeline-threads}); shared by the runs of all exchanges. With one thread there is
 * no pool: each run processes its rows on its own thread, as before there was one.
 */
@Component
class PipelinePool implements DisposableBean {

    private final ExecutorService executor;
    private final int maxInFlight;

    @Autowired
    PipelinePool(EngineProperties engine) {
        this(engine.pipelineThreads());
    }

    PipelinePool(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.executor = threads <= 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "hub-pipeline-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // two chunks per worker: one being processed while the next waits, so no worker idles
        // while the run's thread handles the outcomes of the oldest
        this.maxInFlight = 2 * threads;
    }

    /** @return the workers, or null to process on the run's own thread */
    ExecutorService executor() {
        return executor;
    }

    /** @return chunks one run may have handed to the pool and not yet taken back */
    int maxInFlight() {
        return maxInFlight;
    }

    @Override
    public void destroy() {
        if (executor != null) {
            // a run waiting on a chunk that will never run now sees it cancelled rather than waiting for ever
            executor.shutdownNow().forEach(task -> {
                if (task instanceof Future<?> chunk) {
                    chunk.cancel(false);
                }
            });
        }
    }
}
