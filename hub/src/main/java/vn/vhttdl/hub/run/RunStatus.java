package vn.vhttdl.hub.run;

/** Where a run stands. */
public enum RunStatus {
    /** extracting, or batches still on their way */
    RUNNING,
    /** every record read was delivered or unchanged */
    SUCCEEDED,
    /** settled, but some records were quarantined or dead-lettered */
    PARTIAL,
    /** the run stopped before reading everything; its watermark did not move */
    FAILED
}
