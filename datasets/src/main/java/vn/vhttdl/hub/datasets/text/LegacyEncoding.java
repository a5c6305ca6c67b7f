package vn.vhttdl.hub.datasets.text;

/** A pre-Unicode Vietnamese encoding whose bytes a legacy column holds as Latin-1 characters. */
interface LegacyEncoding {

    /** @return the repair this encoding stands for, for the repair report */
    TextRepair repair();

    /**
     * Decodes one whitespace-free token. It never fails: characters that mean nothing in this
     * encoding are kept as they are, and the caller judges whether the result is Vietnamese.
     *
     * @param capitalText whether the whole text is written in capitals (its ASCII letters are),
     *     for encodings whose fonts made capitals out of lower-case codes
     */
    String decodeToken(String token, boolean capitalText);

    /**
     * @return whether {@code token} holds a code that text in this encoding is known for, as
     *     opposed to codes it shares with ordinary Latin-1 letters; only such tokens count as
     *     evidence that a text is in this encoding
     */
    boolean isDistinctive(String token);
}
