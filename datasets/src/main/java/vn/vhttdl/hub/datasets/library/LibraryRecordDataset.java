package vn.vhttdl.hub.datasets.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vhttdl.hub.datasets.MappedDataset;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;
import vn.vhttdl.hub.datasets.UnsupportedFormatException;

/**
 * The {@code library-record} dataset: the provincial library's catalogue, mapped to Dublin Core
 * ({@code ministry/library-record/v1}) and to a MARC 21 subset ({@code ministry/library-marc/v1}).
 *
 * <p>Source columns: {@code id, title, subtitle, creators, contributors, publisher,
 * publication_place, publication_year, edition, extent, isbn, language, ddc, subjects, keywords,
 * series, notes, summary, holding_library, call_number, url, resource_type, updated_at}.
 * Repeatable values are separated by {@code ;} (as ISBD writes them). Text repair is off for the
 * ISBN, the call number and the URL by default: their characters are the value.
 */
public final class LibraryRecordDataset extends MappedDataset<LibraryRecord> {

    /** The dataset id that exchange definitions name. */
    public static final String ID = "library-record";

    /** Fields whose text is taken as the catalogue holds it, unless configured otherwise. */
    public static final Set<String> UNREPAIRED_BY_DEFAULT = Set.of("isbn", "callNumber", "url");

    private static final Pattern YEAR = Pattern.compile("(?:năm |nam |c|©|\\[)?(\\d{4})(?:\\]|\\.)?");

    private final DublinCoreV1 dublinCore = new DublinCoreV1();
    private final Marc21V1 marc21 = new Marc21V1();

    public LibraryRecordDataset() {
        this(UNREPAIRED_BY_DEFAULT);
    }

    /** @param unrepairedFields the fields whose text repair is switched off */
    public LibraryRecordDataset(Set<String> unrepairedFields) {
        super(ID, LibraryRecord.class, Set.of(DublinCoreV1.FORMAT, Marc21V1.FORMAT), unrepairedFields);
    }

    @Override
    protected LibraryRecord read(SourceRow source, RecordReport report) {
        String ddc = source.text("ddc", "ddc");
        return new LibraryRecord(
                source.text("id", "id"),
                source.text("title", "title"),
                source.text("subtitle", "subtitle"),
                list(source.text("creators", "creators")),
                list(source.text("contributors", "contributors")),
                source.text("publisher", "publisher"),
                source.text("publication_place", "publicationPlace"),
                publicationYear(source, report),
                source.text("edition", "edition"),
                source.text("extent", "extent"),
                isbn(source.text("isbn", "isbn"), report),
                source.coded("language", "language", Language.SPELLINGS),
                ddc == null ? null : ddc.replaceAll("\\s+", "").replaceAll("\\.$", ""),
                list(source.text("subjects", "subjects")),
                list(source.text("keywords", "keywords")),
                source.text("series", "series"),
                source.text("notes", "notes"),
                source.text("summary", "summary"),
                source.text("holding_library", "holdingLibrary"),
                source.text("call_number", "callNumber"),
                source.text("url", "url"),
                source.coded("resource_type", "resourceType", ResourceType.SPELLINGS),
                source.instant("updated_at", "updatedAt"));
    }

    private static List<String> list(String text) {
        List<String> values = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[;|]")) {
                if (!part.isBlank() && !values.contains(part.strip())) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    /** {@code 2019}, {@code c2019}, {@code ©2019}, {@code [2019]}, {@code 2019.}, {@code Năm 2019}. */
    private static Integer publicationYear(SourceRow source, RecordReport report) {
        if (source.raw("publication_year") instanceof Number) {
            return source.integer("publication_year", "publicationYear");
        }
        String text = source.text("publication_year", "publicationYear");
        if (text == null) {
            return null;
        }
        Matcher m = YEAR.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        report.reject("publicationYear",
                "Giá trị '" + text + "' của trường publicationYear không phải là năm xuất bản (ví dụ 2019, c2019, [2019])",
                "Value '" + text + "' of field publicationYear is not a publication year (e.g. 2019, c2019, [2019])");
        return null;
    }

    private static String isbn(String text, RecordReport report) {
        if (text == null) {
            return null;
        }
        Optional<String> isbn = Isbn.normalise(text);
        if (isbn.isEmpty()) {
            report.reject("isbn",
                    "ISBN '" + text + "' không hợp lệ (trường isbn): sai độ dài hoặc sai chữ số kiểm tra",
                    "ISBN '" + text + "' is not valid (field isbn): wrong length or check digit");
        }
        return isbn.orElse(null);
    }

    @Override
    public String keyOf(LibraryRecord record) {
        return record.id();
    }

    @Override
    protected Map<String, Object> map(String format, LibraryRecord record) {
        if (DublinCoreV1.FORMAT.equals(format)) {
            return dublinCore.map(record);
        }
        if (Marc21V1.FORMAT.equals(format)) {
            return marc21.map(record);
        }
        throw new UnsupportedFormatException(ID, format);
    }
}
