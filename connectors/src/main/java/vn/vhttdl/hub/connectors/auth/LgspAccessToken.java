package vn.vhttdl.hub.connectors.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code lgspaccesstoken} header of VNPT-built LGSPs (auth style B): Base64 of the JSON
 * {@code {"AccessKey","SecretKey","AppName","PartnerCode","PartnerCodeCus"}} the platform issued
 * to this application. The platform reads it on the token call and on every business call.
 *
 * <p>The value carries the secret key in clear (Base64 is an encoding, not a cipher): it is a
 * credential like a password, never logged or printed — {@link #toString()} shows the public
 * fields only.
 *
 * @param accessKey      AccessKey: the application's key id at the platform
 * @param secretKey      SecretKey: its secret
 * @param appName        AppName: the application's registered name
 * @param partnerCode    PartnerCode: the code of the agency that owns the application (this department)
 * @param partnerCodeCus PartnerCodeCus: the code of the partner whose service is called ("Cus": the
 *                       customer side, as VNPT names it); empty when the platform does not use it
 */
public record LgspAccessToken(String accessKey, String secretKey, String appName, String partnerCode,
        String partnerCodeCus) {

    /** The header's name, as VNPT platforms spell it. */
    public static final String HEADER = "lgspaccesstoken";

    private static final ObjectMapper JSON = new ObjectMapper();

    public LgspAccessToken {
        accessKey = requireText(accessKey, "AccessKey");
        secretKey = requireText(secretKey, "SecretKey");
        appName = requireText(appName, "AppName");
        partnerCode = requireText(partnerCode, "PartnerCode");
        partnerCodeCus = partnerCodeCus == null ? "" : partnerCodeCus;
    }

    /** @return the header value: Base64 (standard alphabet, padded) of the UTF-8 JSON, keys in the platform's order */
    public String headerValue() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("AccessKey", accessKey);
        fields.put("SecretKey", secretKey);
        fields.put("AppName", appName);
        fields.put("PartnerCode", partnerCode);
        fields.put("PartnerCodeCus", partnerCodeCus);
        try {
            return Base64.getEncoder().encodeToString(JSON.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            // a map of strings always serialises; this would be a broken Jackson
            throw new IllegalStateException("Cannot write the lgspaccesstoken JSON", e);
        }
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Thiếu " + field + " của lgspaccesstoken / lgspaccesstoken needs " + field);
        }
        return value;
    }

    @Override
    public String toString() {
        return "LgspAccessToken[AccessKey=" + accessKey + ", SecretKey=****, AppName=" + appName + ", PartnerCode="
                + partnerCode + ", PartnerCodeCus=" + partnerCodeCus + "]";
    }
}
