package vn.vhttdl.hub.datasets.adminunit;

/**
 * A code-list file of administrative units is missing or malformed: a packaging error, never a
 * data error of a record. The hub cannot map locations without it, so it fails loudly.
 */
public class AdminUnitDataException extends IllegalStateException {

    public AdminUnitDataException(String resource, String problem) {
        super("Danh mục đơn vị hành chính " + resource + " không dùng được / administrative-unit code list "
                + resource + " is unusable: " + problem);
    }

    public AdminUnitDataException(String resource, String problem, Throwable cause) {
        this(resource, problem);
        initCause(cause);
    }
}
