package vn.vhttdl.sandbox.vnpt;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One call the stand-in VNPT LGSP received, as the control API shows it: what the headers said
 * (the decoded {@code lgspaccesstoken} fields, never the secret key) and how it was answered.
 *
 * @param kind             {@code token} or {@code business}
 * @param path             the resource path behind {@code /lgsp-vnpt}
 * @param accessKey        AccessKey of the lgspaccesstoken, null when unreadable or absent
 * @param appName          AppName
 * @param partnerCode      PartnerCode
 * @param partnerCodeCus   PartnerCodeCus
 * @param secretKeyMatches whether its SecretKey was the registered one
 * @param bearerValid      business calls: whether a valid bearer token came; null for token calls
 * @param senderCode       SENDER_CODE as sent
 * @param tranCode         TRAN_CODE as sent
 * @param receiverCode     RECEIVER_CODE as sent
 * @param status           HTTP status of the answer
 * @param errorCode        {@code error_code} of the answer (business) or the OAuth2 {@code error} (token); "0" on success
 * @param receivedAt       when, ISO-8601 in Asia/Ho_Chi_Minh
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VnptCall(String kind, String path, String accessKey, String appName, String partnerCode,
        String partnerCodeCus, boolean secretKeyMatches, Boolean bearerValid, String senderCode, String tranCode,
        String receiverCode, int status, String errorCode, String receivedAt) {
}
