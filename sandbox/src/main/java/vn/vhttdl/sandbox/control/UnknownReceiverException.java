package vn.vhttdl.sandbox.control;

import java.util.List;

/** The control API was asked about a path where no receiver is configured. */
public class UnknownReceiverException extends IllegalArgumentException {

    public UnknownReceiverException(String path, List<String> known) {
        super("Không có receiver tại / no receiver at '" + path + "'; configured: " + known);
    }
}
