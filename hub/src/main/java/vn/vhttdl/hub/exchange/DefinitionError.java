package vn.vhttdl.hub.exchange;

/**
 * Why an exchange definition file was refused, with where to look.
 *
 * @param file      the file name, relative to the routes folder
 * @param line      1-based line of the offending field, or 0 when the file as a whole is at fault
 * @param field     dotted path of the field ({@code target.batch-size}), or {@code $} for the file
 * @param messageVi the reason in Vietnamese
 * @param messageEn the reason in English
 */
public record DefinitionError(String file, int line, String field, String messageVi, String messageEn) {

    /** @return the one-line form administrators read in logs and the console */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + " [" + field + "] " + messageVi + " / " + messageEn;
    }
}
