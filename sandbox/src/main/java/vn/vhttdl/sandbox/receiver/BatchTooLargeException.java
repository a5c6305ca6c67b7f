package vn.vhttdl.sandbox.receiver;

/** The request body is larger than {@code sandbox.max-batch-size}. */
public class BatchTooLargeException extends Exception {

    private final long limitBytes;

    public BatchTooLargeException(long limitBytes) {
        super("request body larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    /** @return the largest body accepted, in bytes */
    public long limitBytes() {
        return limitBytes;
    }
}
