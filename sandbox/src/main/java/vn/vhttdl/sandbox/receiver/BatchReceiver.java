package vn.vhttdl.sandbox.receiver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import vn.vhttdl.sandbox.fault.FaultDecision;
import vn.vhttdl.sandbox.fault.ReceiverFaults;
import vn.vhttdl.sandbox.fault.Slowness;
import vn.vhttdl.sandbox.received.Acceptance;
import vn.vhttdl.sandbox.received.IncomingRecord;
import vn.vhttdl.sandbox.received.ReceivedRecords;

/**
 * A ministry receiver behind the platform: takes one batch per call (the caller's token has
 * already been checked by Spring Security), applies the injected faults, validates the whole
 * batch, stores all of it or nothing, and answers with a receipt. A repeated batch id gets the
 * original receipt and stores nothing.
 */
public class BatchReceiver {

    private static final Logger log = LoggerFactory.getLogger(BatchReceiver.class);

    private final ReceiverFaults faults;
    private final ReceivedRecords received;
    private final BatchJson json;
    private final BatchValidator validator;
    private final ObjectMapper answers;

    public BatchReceiver(ReceiverFaults faults, ReceivedRecords received, BatchJson json, BatchValidator validator,
            ObjectMapper answers) {
        this.faults = faults;
        this.received = received;
        this.json = json;
        this.validator = validator;
        this.answers = answers;
    }

    /**
     * Handles one call to the receiver at {@code path}, which accepts records in {@code format}.
     */
    public void receive(String path, String format, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, "POST");
            answer(response, 405, ErrorAnswer.of(405, "Chỉ nhận POST / only POST is accepted"));
            return;
        }
        FaultDecision fault = faults.decide(path);
        Slowness.pause(fault.delayMs());
        if (fault.fails()) {
            received.countFailedByFault(path);
            if (fault.retryAfterSeconds() != null) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(fault.retryAfterSeconds()));
            }
            answer(response, fault.failStatus(), ErrorAnswer.of(fault.failStatus(),
                    "Lỗi giả lập của sandbox, không lưu gì / fault injected by the sandbox; nothing was stored"));
            return;
        }
        if (!isJson(request.getContentType())) {
            refuse(path, response, 415, "Nội dung phải là application/json / the body must be application/json");
            return;
        }
        if (request.getContentLengthLong() > json.maxBytes()) {
            tooLarge(path, response);
            return;
        }
        JsonNode batch;
        try {
            batch = json.parse(json.read(request.getInputStream()));
        } catch (BatchTooLargeException e) {
            tooLarge(path, response);
            return;
        } catch (MalformedBatchException e) {
            received.countRejected(path);
            log.info("batch refused path={} reason=malformed-json", path);
            answer(response, 400, ErrorAnswer.invalidBatch(List.of(BatchError.ofBatch("$", "json",
                    "JSON không hợp lệ / malformed JSON: " + e.getMessage()))));
            return;
        }
        List<BatchError> errors = validator.validate(format, batch, request.getHeader(BatchValidator.IDEMPOTENCY_KEY));
        if (!errors.isEmpty()) {
            received.countRejected(path);
            log.info("batch refused path={} batchId={} violations={}", path, batch.path("batchId").asText(null),
                    errors.size());
            answer(response, 400, ErrorAnswer.invalidBatch(errors));
            return;
        }
        String batchId = batch.get("batchId").asText();
        Acceptance acceptance = received.accept(path, batchId, incomingRecords(batch));
        log.info("batch {} path={} batchId={} receiptId={} records={} duplicates={}",
                acceptance.repeat() ? "repeated" : "accepted", path, batchId, acceptance.receipt().receiptId(),
                acceptance.receipt().accepted(), acceptance.receipt().duplicates());
        if (faults.takeLostAcknowledgement(path, batchId)) {
            LostAcknowledgementValve.dropConnection(request);
            return;
        }
        answer(response, 200, acceptance.receipt());
    }

    private static List<IncomingRecord> incomingRecords(JsonNode batch) {
        List<IncomingRecord> records = new ArrayList<>();
        for (JsonNode record : batch.get("records")) {
            records.add(new IncomingRecord(record.get("sourceKey").asText(), record.get("idempotencyKey").asText(),
                    record));
        }
        return records;
    }

    private void tooLarge(String path, HttpServletResponse response) throws IOException {
        // the rest of the body is not read: closing is cheaper than swallowing megabytes
        response.setHeader(HttpHeaders.CONNECTION, "close");
        refuse(path, response, 413, "Lô dữ liệu quá lớn (tối đa " + json.maxBytes() + " byte) / the batch is larger than "
                + json.maxBytes() + " bytes");
    }

    private void refuse(String path, HttpServletResponse response, int status, String message) throws IOException {
        received.countRejected(path);
        log.info("batch refused path={} status={}", path, status);
        answer(response, status, ErrorAnswer.of(status, message));
    }

    private void answer(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        answers.writeValue(response.getOutputStream(), body);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return "application".equals(type.getType())
                    && ("json".equals(type.getSubtype()) || "json".equals(type.getSubtypeSuffix()));
        } catch (InvalidMediaTypeException e) {
            log.debug("unparsable Content-Type {}: {}", contentType, e.getMessage());
            return false;
        }
    }
}
