package vn.vhttdl.hub.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The keys that let a receiver drop a repeat. A record's idempotency key depends only on the
 * exchange, its key and its content, so resending the same version (a retry, a replay, a full
 * run) always carries the same key, and a changed record always a new one.
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    /** @return SHA-256 hex of the serialised target payload */
    public static String contentHash(byte[] canonicalPayload) {
        return HexFormat.of().formatHex(digest().digest(canonicalPayload));
    }

    /** @return SHA-256 hex of (exchange, record key, content hash) */
    public static String recordKey(String exchangeId, String recordKey, String contentHash) {
        return sha256(exchangeId + '\u001f' + recordKey + '\u001f' + contentHash);
    }

    /** @return SHA-256 hex of (run, exchange, batch sequence): stable across redeliveries of the same message */
    public static String batchId(String runId, String exchangeId, long sequence) {
        return sha256(runId + '\u001f' + exchangeId + '\u001f' + sequence);
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A fresh digest per hash is a copy of this one: a look-up through the security providers per
     * hash ({@code MessageDigest.getInstance}) was about a third of the hashing in the hub's profile.
     * Never updated itself, so copying it from several threads at once is safe.
     */
    private static final MessageDigest SHA_256 = newSha256();

    private static MessageDigest digest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            // a provider whose digest cannot be copied: look it up each time, as before
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
