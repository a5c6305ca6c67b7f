package vn.vhttdl.sandbox.vnpt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Reads and checks the {@code lgspaccesstoken} header as a VNPT-built LGSP does: Base64 of the
 * JSON {@code {"AccessKey","SecretKey","AppName","PartnerCode","PartnerCodeCus"}}, every field
 * compared with the application the platform registered. The header comes from outside, so it
 * is read with limits (size, JSON depth) before anything else.
 */
public final class AccessTokenHeader {

    /** The header, as VNPT spells it. */
    public static final String NAME = "lgspaccesstoken";
    /** A real header is some 200 characters; anything this long is not one. */
    private static final int MAX_LENGTH = 4096;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).maxStringLength(1024).build())
            .build());

    private final VnptLgspProperties expected;

    public AccessTokenHeader(VnptLgspProperties expected) {
        this.expected = expected;
    }

    /**
     * What a header said and whether it was accepted; never holds the secret key.
     *
     * @param accessKey      AccessKey as sent, null when unreadable
     * @param appName        AppName as sent
     * @param partnerCode    PartnerCode as sent
     * @param partnerCodeCus PartnerCodeCus as sent
     * @param secretKeyMatches whether SecretKey equalled the registered one
     * @param refusal        why it was refused ("vi / en"), null when accepted
     */
    public record Verdict(String accessKey, String appName, String partnerCode, String partnerCodeCus,
            boolean secretKeyMatches, String refusal) {

        public boolean accepted() {
            return refusal == null;
        }

        static Verdict refused(String reason) {
            return new Verdict(null, null, null, null, false, reason);
        }
    }

    /** @param value the header as received, or null when absent */
    public Verdict check(String value) {
        if (value == null || value.isBlank()) {
            return Verdict.refused("Thiếu tiêu đề lgspaccesstoken / the lgspaccesstoken header is missing");
        }
        if (value.length() > MAX_LENGTH) {
            return Verdict.refused("Tiêu đề lgspaccesstoken quá dài / the lgspaccesstoken header is too long");
        }
        JsonNode fields;
        try {
            fields = JSON.readTree(Base64.getDecoder().decode(value.strip()));
        } catch (IllegalArgumentException | IOException e) {
            return Verdict.refused("lgspaccesstoken không phải Base64 của JSON / lgspaccesstoken is not Base64 of a JSON "
                    + "object");
        }
        if (fields == null || !fields.isObject()) {
            return Verdict.refused("lgspaccesstoken không phải Base64 của JSON / lgspaccesstoken is not Base64 of a JSON "
                    + "object");
        }
        String accessKey = text(fields, "AccessKey");
        String appName = text(fields, "AppName");
        String partnerCode = text(fields, "PartnerCode");
        String partnerCodeCus = text(fields, "PartnerCodeCus");
        boolean secretMatches = same(expected.getSecretKey(), text(fields, "SecretKey"));
        String refusal = null;
        if (!expected.getAccessKey().equals(accessKey)) {
            refusal = "AccessKey không đúng / unknown AccessKey";
        } else if (!secretMatches) {
            refusal = "SecretKey không đúng / wrong SecretKey";
        } else if (!expected.getAppName().equals(appName)) {
            refusal = "AppName không đúng / wrong AppName";
        } else if (!expected.getPartnerCode().equals(partnerCode)) {
            refusal = "PartnerCode không đúng / wrong PartnerCode";
        } else if (!expected.getPartnerCodeCus().isEmpty() && !expected.getPartnerCodeCus().equals(partnerCodeCus)) {
            refusal = "PartnerCodeCus không đúng / wrong PartnerCodeCus";
        }
        return new Verdict(accessKey, appName, partnerCode, partnerCodeCus, secretMatches, refusal);
    }

    private static String text(JsonNode fields, String name) {
        JsonNode value = fields.get(name);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** Compares in constant time, so the answer time does not tell how much of the secret was right. */
    private static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
