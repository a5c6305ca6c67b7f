package vn.vhttdl.hub.datasets.tthc;

/** A code list that must ship with the schemas module is missing or unreadable: a build error, never a data error. */
public class CodeListUnavailableException extends IllegalStateException {

    public CodeListUnavailableException(String resource, Throwable cause) {
        super("Không đọc được danh mục mã / cannot read code list " + resource, cause);
    }
}
