package vn.vhttdl.hub.schemas;

/**
 * One way a document breaks its schema.
 *
 * @param path    the field, as a dotted path from the document root ({@code records[3].maXa})
 * @param rule    the schema keyword that failed ({@code required}, {@code pattern}, {@code enum})
 * @param message the validator's explanation
 */
public record SchemaViolation(String path, String rule, String message) {
}
