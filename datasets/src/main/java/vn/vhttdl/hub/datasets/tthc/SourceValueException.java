package vn.vhttdl.hub.datasets.tthc;

/**
 * The source connection failed while a value of the current row was being read (a CLOB stream
 * broke): not a data error, so the run fails rather than quarantining the record.
 */
public class SourceValueException extends IllegalStateException {

    public SourceValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
