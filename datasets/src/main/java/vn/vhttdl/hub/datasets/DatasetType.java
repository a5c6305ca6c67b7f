package vn.vhttdl.hub.datasets;

import java.util.Map;

/**
 * A canonical dataset: how a source row becomes a canonical record, and how a record becomes the
 * payload of a target format. One implementation per dataset ({@code heritage-site}, ...).
 *
 * @param <R> the canonical record type, annotated with Bean Validation constraints
 */
public interface DatasetType<R> {

    /** @return the dataset id used in exchange definitions, e.g. {@code heritage-site} */
    String id();

    /** @return the canonical record class */
    Class<R> recordType();

    /**
     * Reads one source row into a canonical record. Text is repaired on the way in (legacy
     * encodings, decomposed Unicode); every repaired field is counted in {@code report}. A value
     * that cannot be parsed (an unknown ranking, a malformed number) is reported as a field error
     * and left {@code null}; this method never throws for bad data.
     *
     * @param row    the row, keyed by canonical column name in lower case
     * @param report collects repairs and field errors for this record
     */
    R fromRow(Map<String, Object> row, RecordReport report);

    /** @return the stable record key (the source system's id) */
    String keyOf(R record);

    /** @return whether {@link #toFormat} can produce {@code format}, e.g. {@code ministry/heritage-site/v1} */
    boolean supportsFormat(String format);

    /**
     * Maps a valid record to a target format. The result is JSON-ready (strings, numbers, nested
     * maps and lists) in a fixed key order, so its serialisation, and so its content hash, is
     * stable. It holds neither {@code sourceKey} nor {@code idempotencyKey}: the hub adds them.
     */
    Map<String, Object> toFormat(String format, R record);
}
