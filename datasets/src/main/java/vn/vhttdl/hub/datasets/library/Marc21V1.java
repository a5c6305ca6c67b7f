package vn.vhttdl.hub.datasets.library;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vhttdl.hub.datasets.time.VietnamTime;

/**
 * {@code ministry/library-marc/v1}: a {@link LibraryRecord} as a MARC 21 bibliographic record in
 * the MARC-in-JSON layout ({@code {"leader", "fields": [{"001": "..."}, {"245": {"ind1", "ind2",
 * "subfields": [{"a": "..."}]}}]}}), limited to the fields Vietnamese libraries commonly fill:
 * 001, 005, 008, 020, 040, 041, 082, 100, 245, 250, 264, 300, 490, 500, 520, 650, 653, 700, 852,
 * 856. Fields come in tag order; the content hash is stable.
 */
final class Marc21V1 {

    static final String FORMAT = "ministry/library-marc/v1";

    private static final DateTimeFormatter TRANSACTION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'.0'");
    private static final DateTimeFormatter ENTERED = DateTimeFormatter.ofPattern("yyMMdd");

    Map<String, Object> map(LibraryRecord record) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("leader", leader(record));
        List<Map<String, Object>> fields = new ArrayList<>();
        fields.add(Map.of("001", record.id()));
        fields.add(Map.of("005", TRANSACTION.format(record.updatedAt().atZone(VietnamTime.ZONE))));
        fields.add(Map.of("008", fixedLength(record)));
        if (record.isbn() != null) {
            fields.add(field("020", ' ', ' ', "a", record.isbn()));
        }
        fields.add(field("040", ' ', ' ', "a", record.holdingLibrary(), "b", "vie", "c", record.holdingLibrary()));
        fields.add(field("041", '0', ' ', "a", record.language().marcCode()));
        if (record.ddc() != null) {
            fields.add(field("082", '0', '4', "a", record.ddc(), "2", "23"));
        }
        if (!record.creators().isEmpty()) {
            fields.add(field("100", '1', ' ', "a", record.creators().get(0)));
        }
        List<String> title = new ArrayList<>(List.of("a", record.title()));
        if (record.subtitle() != null) {
            title.addAll(List.of("b", record.subtitle()));
        }
        if (!record.creators().isEmpty()) {
            title.addAll(List.of("c", String.join(", ", record.creators())));
        }
        fields.add(field("245", record.creators().isEmpty() ? '0' : '1', '0', title.toArray(String[]::new)));
        if (record.edition() != null) {
            fields.add(field("250", ' ', ' ', "a", record.edition()));
        }
        List<String> publication = new ArrayList<>();
        addIf(publication, "a", record.publicationPlace());
        addIf(publication, "b", record.publisher());
        addIf(publication, "c", record.publicationYear() == null ? null : String.valueOf(record.publicationYear()));
        if (!publication.isEmpty()) {
            fields.add(field("264", ' ', '1', publication.toArray(String[]::new)));
        }
        if (record.extent() != null) {
            fields.add(field("300", ' ', ' ', "a", record.extent()));
        }
        if (record.series() != null) {
            fields.add(field("490", '0', ' ', "a", record.series()));
        }
        if (record.notes() != null) {
            fields.add(field("500", ' ', ' ', "a", record.notes()));
        }
        if (record.summary() != null) {
            fields.add(field("520", ' ', ' ', "a", record.summary()));
        }
        record.subjects().forEach(subject -> fields.add(field("650", ' ', '4', "a", subject)));
        record.keywords().forEach(keyword -> fields.add(field("653", ' ', ' ', "a", keyword)));
        record.creators().stream().skip(1).forEach(creator -> fields.add(field("700", '1', ' ', "a", creator)));
        record.contributors().forEach(contributor -> fields.add(field("700", '1', ' ', "a", contributor)));
        List<String> holding = new ArrayList<>(List.of("a", record.holdingLibrary()));
        addIf(holding, "h", record.callNumber());
        fields.add(field("852", ' ', ' ', holding.toArray(String[]::new)));
        if (record.url() != null) {
            fields.add(field("856", '4', '0', "u", record.url()));
        }
        payload.put("fields", fields);
        payload.put("ngayCapNhat", VietnamTime.dateTime(record.updatedAt()));
        return payload;
    }

    /** Leader: record length and base address left as zeros (a JSON record has no directory). */
    private static String leader(LibraryRecord record) {
        return "00000n" + record.resourceType().marcTypeOfRecord() + record.resourceType().marcBibliographicLevel()
                + " a2200000 i 4500";
    }

    /**
     * 008 for books, 40 characters: date entered, {@code s} and the year, {@code vm } (Vietnam),
     * the language at 35–37, {@code d} (cataloguing source: other) at 39.
     */
    private static String fixedLength(LibraryRecord record) {
        String year = record.publicationYear() == null ? "    " : String.format("%04d", record.publicationYear());
        String entered = ENTERED.format(record.updatedAt().atZone(VietnamTime.ZONE));
        return entered + (record.publicationYear() == null ? 'n' : 's') + year + "    " + "vm " + " ".repeat(17)
                + record.language().marcCode() + " d";
    }

    private static Map<String, Object> field(String tag, char ind1, char ind2, String... codesAndValues) {
        List<Map<String, String>> subfields = new ArrayList<>();
        for (int i = 0; i + 1 < codesAndValues.length; i += 2) {
            subfields.add(Map.of(codesAndValues[i], codesAndValues[i + 1]));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ind1", String.valueOf(ind1));
        body.put("ind2", String.valueOf(ind2));
        body.put("subfields", subfields);
        return Map.of(tag, body);
    }

    private static void addIf(List<String> subfields, String code, String value) {
        if (value != null) {
            subfields.add(code);
            subfields.add(value);
        }
    }
}
