package vn.vhttdl.hub.schemas;

/** A format was named for which no schema ships: a configuration error, never a data error. */
public class UnknownSchemaException extends IllegalArgumentException {

    public UnknownSchemaException(String format) {
        super("Không có lược đồ cho định dạng / no schema for format '" + format + "'");
    }
}
