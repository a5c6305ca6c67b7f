package vn.vhttdl.hub.connectors.source;

/** A dropped file cannot be read as a whole (wrong header, not UTF-8, too big, not a spreadsheet). */
public class UnreadableFileException extends Exception {

    private final String reasonVi;
    private final String reasonEn;

    public UnreadableFileException(String reasonVi, String reasonEn, Throwable cause) {
        super(reasonVi + " / " + reasonEn, cause);
        this.reasonVi = reasonVi;
        this.reasonEn = reasonEn;
    }

    public String reasonVi() {
        return reasonVi;
    }

    public String reasonEn() {
        return reasonEn;
    }
}
