package vn.vhttdl.sandbox.control;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a wrong control-API call in the receivers' error shape
 * ({@code error_code}, {@code message} "vi / en", {@code errors} naming the field), so a
 * mistyped fault is visible instead of silently doing nothing.
 */
@RestControllerAdvice(basePackageClasses = ControlApiErrors.class)
public class ControlApiErrors {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.<String, Object>of("path", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        return answer(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ / invalid request", errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, "JSON không đọc được / unreadable JSON: " + e.getMostSpecificCause()
                .getMessage(), List.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, "Thiếu tham số / missing parameter '" + e.getParameterName() + "'",
                List.of());
    }

    @ExceptionHandler(UnknownReceiverException.class)
    ResponseEntity<Map<String, Object>> unknownReceiver(UnknownReceiverException e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message,
            List<Map<String, Object>> errors) {
        return ResponseEntity.status(status).body(Map.of(
                "error_code", String.valueOf(status.value()), "message", message, "errors", errors));
    }
}
