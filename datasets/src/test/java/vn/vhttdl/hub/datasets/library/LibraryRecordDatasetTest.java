package vn.vhttdl.hub.datasets.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.UnsupportedFormatException;
import vn.vhttdl.hub.datasets.testing.DatasetCheck;

@SuppressWarnings("unchecked")
class LibraryRecordDatasetTest {

    private static final String DC = "ministry/library-record/v1";
    private static final String MARC = "ministry/library-marc/v1";

    private final LibraryRecordDataset dataset = new LibraryRecordDataset();
    private final DatasetCheck<LibraryRecord> check = new DatasetCheck<>(dataset);

    /** Tắt đèn, as the library catalogue's query returns it. */
    private static Map<String, Object> tatDen(Object... columnsAndValues) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", "TVBN000001");
        row.put("title", "Tắt đèn");
        row.put("subtitle", "Tiểu thuyết");
        row.put("creators", "Ngô Tất Tố");
        row.put("contributors", null);
        row.put("publisher", "Văn học");
        row.put("publication_place", "Hà Nội");
        row.put("publication_year", "c2019");
        row.put("edition", "Tái bản lần thứ 5");
        row.put("extent", "231 tr. ; 21 cm");
        row.put("isbn", "978-604-69-1234-7");
        row.put("language", "Tiếng Việt");
        row.put("ddc", "895.9223 ");
        row.put("subjects", "Văn học Việt Nam; Tiểu thuyết");
        row.put("keywords", "Bắc Ninh");
        row.put("series", null);
        row.put("notes", null);
        row.put("summary", "Cuộc sống người nông dân trước Cách mạng tháng Tám.");
        row.put("holding_library", "TVBN");
        row.put("call_number", "VV.12345");
        row.put("url", null);
        row.put("resource_type", "Sách");
        row.put("updated_at", Instant.parse("2025-03-04T03:15:00Z"));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    @Test
    void mapsToDublinCoreWithEveryElement() {
        LibraryRecord record = check.read(tatDen()).record();

        Map<String, Object> dc = dataset.toFormat(DC, record);

        assertThat(dc.keySet()).contains("identifier", "title", "creator", "contributor", "subject", "description",
                "publisher", "date", "type", "format", "language", "relation", "coverage", "rights", "source");
        assertThat(dc).containsEntry("identifier", List.of("TVBN000001", "urn:isbn:9786046912347"))
                .containsEntry("title", "Tắt đèn : Tiểu thuyết").containsEntry("creator", List.of("Ngô Tất Tố"))
                .containsEntry("subject", List.of("Văn học Việt Nam", "Tiểu thuyết", "Bắc Ninh", "DDC 895.9223"))
                .containsEntry("date", "2019").containsEntry("type", "Text").containsEntry("language", "vie")
                .containsEntry("source", "TVBN VV.12345");
        assertThat(check.schemaViolations(DC, record)).isEmpty();
    }

    @Test
    void mapsToMarc21WithTheCommonFieldsInTagOrder() {
        LibraryRecord record = check.read(tatDen()).record();

        Map<String, Object> marc = dataset.toFormat(MARC, record);
        List<Map<String, Object>> fields = (List<Map<String, Object>>) marc.get("fields");

        assertThat(marc.get("leader")).isEqualTo("00000nam a2200000 i 4500");
        assertThat(fields).extracting(field -> field.keySet().iterator().next()).containsExactly("001", "005", "008",
                "020", "040", "041", "082", "100", "245", "250", "264", "300", "520", "650", "650", "653", "852");
        assertThat(fields.get(2).get("008")).asString().hasSize(40).startsWith("250304s2019").contains("vm ")
                .endsWith("vie d");
        assertThat(fields.get(8).get("245")).isEqualTo(Map.of("ind1", "1", "ind2", "0", "subfields",
                List.of(Map.of("a", "Tắt đèn"), Map.of("b", "Tiểu thuyết"), Map.of("c", "Ngô Tất Tố"))));
        assertThat(fields.get(10).get("264")).isEqualTo(Map.of("ind1", " ", "ind2", "1", "subfields",
                List.of(Map.of("a", "Hà Nội"), Map.of("b", "Văn học"), Map.of("c", "2019"))));
        assertThat(check.schemaViolations(MARC, record)).isEmpty();
    }

    @Test
    void theMarcSchemaRefusesAFieldOutsideTheSubset() {
        Map<String, Object> marc = new LinkedHashMap<>(dataset.toFormat(MARC, check.read(tatDen()).record()));
        List<Map<String, Object>> fields = new java.util.ArrayList<>((List<Map<String, Object>>) marc.get("fields"));
        fields.add(Map.of("999", Map.of("ind1", " ", "ind2", " ", "subfields", List.of(Map.of("a", "local")))));
        marc.put("fields", fields);

        assertThat(DatasetCheck.schemaViolations(MARC, "TVBN000001", marc)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            978-604-69-1234-7     | 9786046912347
            9786046912347         | 9786046912347
            ISBN 978-604-69-1234-7 | 9786046912347
            ISBN-13: 9786046912347 | 9786046912347
            0-306-40615-2         | 9780306406157
            """)
    void readsIsbnsAsCataloguesWriteThemAndChecksTheirDigit(String text, String isbn) {
        assertThat(check.read(tatDen("isbn", text)).record().isbn()).isEqualTo(isbn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"978-604-69-1234-0", "12345", "0-306-40615-3"})
    void refusesAnIsbnWithAWrongCheckDigitNamingIt(String text) {
        assertThat(check.read(tatDen("isbn", text)).report().errors()).containsExactly(new FieldError("isbn",
                "ISBN '" + text + "' không hợp lệ (trường isbn): sai độ dài hoặc sai chữ số kiểm tra",
                "ISBN '" + text + "' is not valid (field isbn): wrong length or check digit"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2019     | 2019
            c2019    | 2019
            ©2019    | 2019
            [2019]   | 2019
            2019.    | 2019
            Năm 2019 | 2019
            """)
    void readsPublicationYearsInIsbdStyle(String text, int year) {
        assertThat(check.read(tatDen("publication_year", text)).record().publicationYear()).isEqualTo(year);
    }

    @Test
    void refusesAnUncertainDecadeAsAPublicationYear() {
        assertThat(check.read(tatDen("publication_year", "[199-?]")).refusedFields()).containsExactly("publicationYear");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tiếng Việt | VIE
            vie        | VIE
            Việt       | VIE
            Tiếng Pháp | FRE
            Hán văn    | CHI
            Tiếng Hàn  | KOR
            English    | ENG
            """)
    void readsLanguagesTolerantly(String text, Language expected) {
        assertThat(check.read(tatDen("language", text)).record().language()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sách         | SACH  | a | m
            Tạp chí      | TAP_CHI | a | s
            Luận án      | LUAN_VAN | t | m
            Bản đồ       | BAN_DO | e | m
            Sách điện tử | TAI_LIEU_SO | a | m
            """)
    void setsTheMarcLeaderFromTheResourceType(String text, ResourceType type, char typeOfRecord, char level) {
        LibraryRecord record = check.read(tatDen("resource_type", text)).record();

        assertThat(record.resourceType()).isEqualTo(type);
        String leader = (String) dataset.toFormat(MARC, record).get("leader");
        assertThat(leader.charAt(6)).isEqualTo(typeOfRecord);
        assertThat(leader.charAt(7)).isEqualTo(level);
    }

    @Test
    void splitsRepeatedValuesAndKeepsEachOnce() {
        LibraryRecord record = check.read(tatDen("creators", "Nguyễn Du; Đào Duy Anh ;Nguyễn Du", "contributors",
                "Trần Văn Giáp (chú giải)")).record();

        assertThat(record.creators()).containsExactly("Nguyễn Du", "Đào Duy Anh");
        List<Map<String, Object>> fields = (List<Map<String, Object>>) dataset.toFormat(MARC, record).get("fields");
        assertThat(fields).filteredOn(field -> field.containsKey("700")).hasSize(2);
    }

    @Test
    void leavesTheFieldsWithRepairSwitchedOffAsTheCatalogueHoldsThem() {
        Map<String, Object> row = tatDen("call_number", "VV.12§45", "title", "T¾t ®Ìn");

        LibraryRecord byDefault = check.read(row).record();
        LibraryRecord titleUnrepaired = new DatasetCheck<>(new LibraryRecordDataset(Set.of("title", "callNumber")))
                .read(row).record();

        assertThat(byDefault.title()).isEqualTo("Tắt đèn");
        assertThat(byDefault.callNumber()).isEqualTo("VV.12§45");
        assertThat(titleUnrepaired.title()).isEqualTo("T¾t ®Ìn");
    }

    @Test
    void refusesMalformedClassNumbersAndUrls() {
        assertThat(check.read(tatDen("ddc", "95A")).refusedFields()).containsExactly("ddc");
        assertThat(check.read(tatDen("url", "https://thuvien.bacninh.gov.vn/tai lieu/1")).refusedFields())
                .containsExactly("url");
        assertThat(check.read(tatDen("url", "https://thuvien.bacninh.gov.vn/tai-lieu/1")).valid()).isTrue();
    }

    @Test
    void producesOnlyItsTwoFormats() {
        assertThat(dataset.supportsFormat(DC)).isTrue();
        assertThat(dataset.supportsFormat(MARC)).isTrue();
        assertThatThrownBy(() -> dataset.toFormat("ministry/library-record/v2", check.read(tatDen()).record()))
                .isInstanceOf(UnsupportedFormatException.class);
    }
}
