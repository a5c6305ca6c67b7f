package vn.vhttdl.hub.datasets;

import java.util.Map;
import java.util.Set;
import vn.vhttdl.hub.datasets.text.VietnameseTextRepair;

/**
 * What every dataset shares: its id, record type and target formats, and the reading of a source
 * row through {@link SourceRow} with text repair. A dataset says only how it reads a row and how
 * it maps a record to each of its formats.
 *
 * @param <R> the canonical record type
 */
public abstract class MappedDataset<R> implements DatasetType<R> {

    /** Shared by the dataset's reads; stateless, so one per dataset is enough. */
    protected final VietnameseTextRepair textRepair = new VietnameseTextRepair();

    private final String id;
    private final Class<R> recordType;
    private final Set<String> formats;
    private final Set<String> unrepairedFields;

    /**
     * @param formats          the target formats {@link #toFormat} produces
     * @param unrepairedFields fields read exactly as the source holds them (identifiers whose
     *                         characters matter: inventory numbers, ISBNs, URLs)
     */
    protected MappedDataset(String id, Class<R> recordType, Set<String> formats, Set<String> unrepairedFields) {
        this.id = id;
        this.recordType = recordType;
        this.formats = Set.copyOf(formats);
        this.unrepairedFields = Set.copyOf(unrepairedFields);
    }

    /** A dataset with one target format whose text fields are all repaired. */
    protected MappedDataset(String id, Class<R> recordType, String format) {
        this(id, recordType, Set.of(format), Set.of());
    }

    /** Reads the canonical record from a source row whose text is repaired on the way in. */
    protected abstract R read(SourceRow source, RecordReport report);

    /** Maps a valid record to {@code format}, one of this dataset's formats. */
    protected abstract Map<String, Object> map(String format, R record);

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Class<R> recordType() {
        return recordType;
    }

    @Override
    public final R fromRow(Map<String, Object> row, RecordReport report) {
        return read(new SourceRow(row, report, textRepair, unrepairedFields), report);
    }

    @Override
    public final boolean supportsFormat(String format) {
        return formats.contains(format);
    }

    @Override
    public final Map<String, Object> toFormat(String format, R record) {
        if (!supportsFormat(format)) {
            throw new UnsupportedFormatException(id, format);
        }
        return map(format, record);
    }
}
