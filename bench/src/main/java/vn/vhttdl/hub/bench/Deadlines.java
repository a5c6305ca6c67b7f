package vn.vhttdl.hub.bench;

import java.time.Duration;

/** The bounds of the driver's waiting loops, so that a stuck program fails the run instead of hanging it. */
final class Deadlines {

    private Deadlines() {
    }

    /** Five minutes, plus one second per 2,000 records: ten times slower than the target before giving up. */
    static Duration forRecords(long records) {
        return Duration.ofSeconds(300 + records / 2_000);
    }
}
