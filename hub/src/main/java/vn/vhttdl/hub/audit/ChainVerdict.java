package vn.vhttdl.hub.audit;

/**
 * The result of recomputing the audit chain.
 *
 * @param intact        whether every link holds
 * @param checked       entries verified before the first broken one (or all of them)
 * @param firstBrokenId the id of the first entry whose link does not hold, or null
 * @param reason        why it does not hold, or null
 */
public record ChainVerdict(boolean intact, long checked, Long firstBrokenId, String reason) {

    static ChainVerdict intact(long checked) {
        return new ChainVerdict(true, checked, null, null);
    }

    static ChainVerdict broken(long checked, long id, String reason) {
        return new ChainVerdict(false, checked, id, reason);
    }
}
