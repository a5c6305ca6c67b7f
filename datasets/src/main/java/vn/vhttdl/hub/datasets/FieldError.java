package vn.vhttdl.hub.datasets;

/**
 * Why one field of one record was refused, in Vietnamese and English.
 *
 * @param field     the canonical field path ({@code latitude}, {@code commune.code})
 * @param messageVi the reason in Vietnamese
 * @param messageEn the reason in English
 */
public record FieldError(String field, String messageVi, String messageEn) {

    /** @return both languages, as administrators read it in the console and the API */
    public String message() {
        return messageVi + " / " + messageEn;
    }
}
