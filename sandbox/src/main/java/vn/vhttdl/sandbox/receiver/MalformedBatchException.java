package vn.vhttdl.sandbox.receiver;

/** The request body is not one well-formed JSON document within the parser's limits. */
public class MalformedBatchException extends Exception {

    public MalformedBatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
