package vn.vhttdl.hub.connectors.source;

/** Reading a source failed part-way; the run that read it fails and its watermark stays put. */
public class SourceReadException extends RuntimeException {

    public SourceReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
