package vn.vhttdl.hub.bench;

import org.HdrHistogram.Histogram;

/**
 * Single-record latencies, in microseconds in an HdrHistogram (3 significant digits).
 *
 * @param histogram the samples after warm-up, end to end
 * @param trigger   of each sample, the API call that triggered the run (until its 202), or null
 * @param afterTrigger of each sample, from the 202 to the arrival, or null
 * @param warmup    samples taken first and left out
 * @param path      what one sample measures, for the report
 */
public record LatencyResult(Histogram histogram, Histogram trigger, Histogram afterTrigger, int warmup, String path) {

    /** An empty histogram for samples from 1 µs to 10 minutes. */
    public static Histogram newHistogram() {
        return new Histogram(1, 600_000_000L, 3);
    }

    public long samples() {
        return histogram.getTotalCount();
    }

    /** @return the percentile in milliseconds */
    public double millisAt(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMillis() {
        return histogram.getMaxValue() / 1000.0;
    }

    public double meanMillis() {
        return histogram.getMean() / 1000.0;
    }
}
