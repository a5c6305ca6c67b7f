package vn.vhttdl.sandbox.receiver;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One reason a batch was refused.
 *
 * @param record    index of the offending record in {@code records}, null for the envelope or the request
 * @param sourceKey that record's {@code sourceKey}, null when unknown
 * @param path      the field, relative to the record when {@code record} is set ({@code maXa}),
 *                  else to the envelope ({@code batchId}); {@code Idempotency-Key} for the header,
 *                  {@code $} for the whole document
 * @param rule      what was broken: a JSON Schema keyword ({@code pattern}, {@code required}, ...),
 *                  {@code const} for a value that must equal another, {@code json} for unparsable JSON
 * @param message   explanation
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BatchError(Integer record, String sourceKey, String path, String rule, String message) {

    /** An error of the envelope or the request, not of one record. */
    static BatchError ofBatch(String path, String rule, String message) {
        return new BatchError(null, null, path, rule, message);
    }
}
