package vn.vhttdl.hub.audit;

import java.time.Instant;

/**
 * One entry of the audit trail.
 *
 * @param id         position in the chain, from 1 without gaps
 * @param occurredAt when, UTC, millisecond precision
 * @param actor      the user, or {@code scheduler} / {@code hub}
 * @param action     what happened, e.g. {@code RUN_REQUESTED}, {@code BATCH_DELIVERED}
 * @param exchangeId the exchange concerned, if any
 * @param runId      the run concerned, if any
 * @param details    JSON with the facts (counts, batch id, receipt, reason); never personal data or secrets
 * @param prevHash   the hash of the entry before
 * @param hash       SHA-256 of the previous hash and this entry's content
 */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String exchangeId, String runId,
        String details, String prevHash, String hash) {
}
