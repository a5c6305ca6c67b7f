package vn.vhttdl.hub.api;

/** The API was asked for something that does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("Không tìm thấy " + what.split(" / ")[0] + " '" + id + "' / " + what.split(" / ")[1] + " '" + id + "' not found");
    }
}
