package vn.vhttdl.hub.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.vhttdl.hub.run.RunAlreadyActiveException;
import vn.vhttdl.hub.run.UnknownExchangeException;

/** Errors as RFC 7807 problem details, with the message in Vietnamese and English. */
@RestControllerAdvice
public class ApiErrors {

    @ExceptionHandler({NotFoundException.class, UnknownExchangeException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(RunAlreadyActiveException.class)
    ProblemDetail conflict(RunAlreadyActiveException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
