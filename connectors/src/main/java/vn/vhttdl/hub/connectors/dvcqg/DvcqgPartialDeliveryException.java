package vn.vhttdl.hub.connectors.dvcqg;

/**
 * A call of several chunks failed part-way: the first {@code chunksDelivered} chunks were
 * accepted, the rest were not sent. The cause says why and whether a retry can help. Dossiers
 * are safe to resend (add-or-update); progress steps resent are recorded again by the portal.
 */
public class DvcqgPartialDeliveryException extends DvcqgException {

    private final int chunksDelivered;
    private final int chunks;

    public DvcqgPartialDeliveryException(String service, int chunksDelivered, int chunks, DvcqgException cause) {
        super(service, "chunk " + (chunksDelivered + 1) + " of " + chunks + " failed after " + chunksDelivered
                + " accepted: " + cause.getMessage(), cause);
        this.chunksDelivered = chunksDelivered;
        this.chunks = chunks;
    }

    public int chunksDelivered() {
        return chunksDelivered;
    }

    public int chunks() {
        return chunks;
    }
}
