package vn.vhttdl.hub.datasets;

/** A dataset was asked for a target format it has no mapping for: a configuration error. */
public class UnsupportedFormatException extends IllegalArgumentException {

    public UnsupportedFormatException(String dataset, String format) {
        super("Tập dữ liệu '" + dataset + "' không hỗ trợ định dạng '" + format
                + "' / dataset '" + dataset + "' does not support format '" + format + "'");
    }
}
