package vn.vhttdl.sandbox.vnpt;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vhttdl.sandbox.receiver.BatchReceiver;
import vn.vhttdl.sandbox.receiver.Receivers;

/**
 * The stand-in VNPT-built LGSP under {@code /lgsp-vnpt}: a token endpoint that authenticates the
 * {@code lgspaccesstoken} header, and a gateway in front of the same receivers as the WSO2-style
 * side ({@code /lgsp-vnpt/vhttdl/1.0/di-tich} reaches the receiver {@code /vhttdl/1.0/di-tich},
 * which validates and stores). The gateway checks {@code lgspaccesstoken}, the bearer token and
 * the routing headers {@code SENDER_CODE}, {@code TRAN_CODE}, {@code RECEIVER_CODE}, and answers
 * as the platform does: HTTP 200 with {@code error_code} "0" and the receipt, or HTTP 200 with
 * another {@code error_code} and a message when the platform refuses to route the call.
 */
@RestController
@RequestMapping(VnptGatewayController.PREFIX)
public class VnptGatewayController {

    /** Where the VNPT-style platform lives in the sandbox. */
    public static final String PREFIX = "/lgsp-vnpt";

    /** {@code error_code}: a routing header is missing. The sandbox's codes; real deployments have their own. */
    static final String ROUTING_HEADER_MISSING = "2";
    /** {@code error_code}: SENDER_CODE is not one the platform routes from. */
    static final String UNKNOWN_SENDER = "3";
    /** {@code error_code}: RECEIVER_CODE is not one the platform routes to. */
    static final String UNKNOWN_RECEIVER = "4";
    /** {@code error_code}: TRAN_CODE names no service of the platform. */
    static final String UNKNOWN_TRANSACTION = "5";

    private static final Logger log = LoggerFactory.getLogger(VnptGatewayController.class);

    private final VnptLgspProperties properties;
    private final AccessTokenHeader accessTokenHeader;
    private final VnptTokens tokens;
    private final VnptCalls calls;
    private final VnptFaults faults;
    private final Receivers receivers;
    private final BatchReceiver batchReceiver;
    private final ObjectMapper json;
    private final Clock clock;

    public VnptGatewayController(VnptLgspProperties properties, VnptTokens tokens, VnptCalls calls, VnptFaults faults,
            Receivers receivers, BatchReceiver batchReceiver, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.accessTokenHeader = new AccessTokenHeader(properties);
        this.tokens = tokens;
        this.calls = calls;
        this.faults = faults;
        this.receivers = receivers;
        this.batchReceiver = batchReceiver;
        this.json = json;
        this.clock = clock;
    }

    /** {@code POST /lgsp-vnpt/token}, form {@code grant_type=client_credentials}, header {@code lgspaccesstoken}. */
    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public void token(@RequestParam(name = "grant_type", required = false) String grantType, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        AccessTokenHeader.Verdict verdict = accessTokenHeader.check(request.getHeader(AccessTokenHeader.NAME));
        Map<String, Object> body = new LinkedHashMap<>();
        int status;
        if (!verdict.accepted()) {
            status = 401;
            body.put("error", "invalid_client");
            body.put("error_description", verdict.refusal());
        } else if (!"client_credentials".equals(grantType)) {
            status = 400;
            body.put("error", "unsupported_grant_type");
            body.put("error_description", "Chỉ nhận grant_type=client_credentials / only grant_type=client_credentials");
        } else {
            status = 200;
            body.put("access_token", tokens.issue(properties.getTokenTtl()));
            body.put("token_type", "Bearer");
            body.put("expires_in", properties.getTokenTtl().toSeconds());
        }
        String outcome = status == 200 ? "0" : (String) body.get("error");
        log.info("lgsp-vnpt token status={} outcome={} accessKey={}", status, outcome, verdict.accessKey());
        calls.record(new VnptCall("token", "/token", verdict.accessKey(), verdict.appName(), verdict.partnerCode(),
                verdict.partnerCodeCus(), verdict.secretKeyMatches(), null, null, null, null, status, outcome, now()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        write(response, status, body);
    }

    /** {@code POST /lgsp-vnpt/<receiver path>}: a business call. */
    @PostMapping("/**")
    public void business(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
        AccessTokenHeader.Verdict verdict = accessTokenHeader.check(request.getHeader(AccessTokenHeader.NAME));
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearerValid = authorization != null && authorization.startsWith("Bearer ")
                && tokens.isValid(authorization.substring("Bearer ".length()).strip());
        String sender = request.getHeader("SENDER_CODE");
        String tran = request.getHeader("TRAN_CODE");
        String receiver = request.getHeader("RECEIVER_CODE");

        int status;
        String errorCode;
        Optional<String> format = receivers.formatOf(path);
        if (!verdict.accepted()) {
            status = 401;
            errorCode = "401";
            writeError(response, status, errorCode, verdict.refusal());
        } else if (!bearerValid) {
            status = 401;
            errorCode = "401";
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, authorization == null ? "Bearer"
                    : "Bearer error=\"invalid_token\"");
            writeError(response, status, errorCode, "Mã truy cập (Bearer) thiếu, sai hoặc hết hạn / the bearer token is "
                    + "missing, unknown or expired");
        } else if (format.isEmpty()) {
            status = 404;
            errorCode = "404";
            writeError(response, status, errorCode, "Không có dịch vụ tại " + path + " / no service at " + path);
        } else {
            String refusal = routingRefusal(sender, tran, receiver);
            Optional<VnptFaults.Fault> fault = refusal == null ? faults.take() : Optional.empty();
            if (refusal != null) {
                status = 200;
                errorCode = refusal.substring(0, refusal.indexOf('|'));
                writeError(response, status, errorCode, refusal.substring(refusal.indexOf('|') + 1));
            } else if (fault.isPresent()) {
                status = 200;
                errorCode = fault.get().errorCode();
                writeError(response, status, errorCode, fault.get().message() != null ? fault.get().message()
                        : "Lỗi giả lập của sandbox, không lưu gì / fault injected by the sandbox; nothing was stored");
            } else {
                // the receiver validates, stores and answers {"error_code":"0",...} or its 4xx
                batchReceiver.receive(path, format.get(), request, response);
                status = response.getStatus();
                errorCode = status == 200 ? "0" : String.valueOf(status);
            }
        }
        log.info("lgsp-vnpt business path={} status={} error_code={} sender={} tran={} receiver={}", path, status,
                errorCode, sender, tran, receiver);
        calls.record(new VnptCall("business", path, verdict.accessKey(), verdict.appName(), verdict.partnerCode(),
                verdict.partnerCodeCus(), verdict.secretKeyMatches(), bearerValid, sender, tran, receiver, status,
                errorCode, now()));
    }

    /** @return {@code "<error_code>|<message>"} when the platform would not route the call, else null */
    private String routingRefusal(String sender, String tran, String receiver) {
        for (Map.Entry<String, String> header : List.of(Map.entry("SENDER_CODE", nullToEmpty(sender)),
                Map.entry("TRAN_CODE", nullToEmpty(tran)), Map.entry("RECEIVER_CODE", nullToEmpty(receiver)))) {
            if (header.getValue().isBlank()) {
                return ROUTING_HEADER_MISSING + "|Thiếu tiêu đề " + header.getKey() + " / the " + header.getKey()
                        + " header is missing";
            }
        }
        if (!properties.getSenderCodes().contains(sender)) {
            return UNKNOWN_SENDER + "|SENDER_CODE '" + sender + "' không được phép / SENDER_CODE '" + sender
                    + "' is not known";
        }
        if (!properties.getReceiverCodes().contains(receiver)) {
            return UNKNOWN_RECEIVER + "|RECEIVER_CODE '" + receiver + "' không tồn tại / RECEIVER_CODE '" + receiver
                    + "' is not known";
        }
        if (!properties.getTranCodes().contains(tran)) {
            return UNKNOWN_TRANSACTION + "|TRAN_CODE '" + tran + "' không tồn tại / TRAN_CODE '" + tran
                    + "' names no service";
        }
        return null;
    }

    private void writeError(HttpServletResponse response, int status, String errorCode, String message)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error_code", errorCode);
        body.put("message", message);
        write(response, status, body);
    }

    private void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }

    private String now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
