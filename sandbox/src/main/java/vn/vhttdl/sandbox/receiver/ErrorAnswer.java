package vn.vhttdl.sandbox.receiver;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A receiver's answer when it does not accept a call, in the platform's convention:
 * {@code error_code} is the HTTP status as text, {@code message} is Vietnamese / English.
 *
 * @param errorCode  the status, as text
 * @param message    what went wrong, "vi / en"
 * @param errors     the violations of a refused batch (at most {@link #MAX_ERRORS}); absent otherwise
 * @param errorCount how many violations there were in all; absent when {@code errors} is
 */
@JsonPropertyOrder({"error_code", "message", "errorCount", "errors"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorAnswer(@JsonProperty("error_code") String errorCode, String message, List<BatchError> errors,
        Integer errorCount) {

    /** A batch of 5,000 bad records would otherwise answer with a body larger than the batch. */
    static final int MAX_ERRORS = 1_000;

    static ErrorAnswer of(int status, String message) {
        return new ErrorAnswer(String.valueOf(status), message, null, null);
    }

    static ErrorAnswer invalidBatch(List<BatchError> errors) {
        return new ErrorAnswer("400",
                "Lô dữ liệu không hợp lệ, không bản ghi nào được lưu / the batch is invalid; nothing was stored",
                errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors, errors.size());
    }
}
