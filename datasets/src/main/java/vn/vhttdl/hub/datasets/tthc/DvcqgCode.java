package vn.vhttdl.hub.datasets.tthc;

/** A value of one of the portal's code lists: an enum constant and the code the portal knows it by. */
public interface DvcqgCode {

    /** @return the code as the portal receives it, a JSON string ({@code "4"}) */
    String code();
}
