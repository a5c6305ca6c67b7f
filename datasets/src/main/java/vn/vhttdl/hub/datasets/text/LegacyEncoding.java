package vn.vhttdl.hub.datasets.text;

/** A pre-Unicode Vietnamese encoding whose bytes a legacy column holds as Latin-1 characters. */
interface LegacyEncoding {

    /** @return the repair this encoding stands for, for the repair report */
    TextRepair repair();

    /**
     * Decodes one whitespace-free token. It never fails: characters that mean nothing in this
     * encoding are kept as they are, and the caller judges whether the result is Vietnamese.
     */
    String decodeToken(String token);
}
