package vn.vhttdl.hub.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The link function of the audit chain; shared by the writer and the verifier so both agree. */
final class AuditHash {

    private AuditHash() {
    }

    static String of(String prevHash, long id, Instant occurredAt, String actor, String action, String exchangeId,
            String runId, String details) {
        String content = String.join("\u001f", prevHash, Long.toString(id), occurredAt.toString(), actor, action,
                nullToEmpty(exchangeId), nullToEmpty(runId), details);
        return sha256(content);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
