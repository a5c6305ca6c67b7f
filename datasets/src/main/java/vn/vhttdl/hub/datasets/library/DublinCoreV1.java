package vn.vhttdl.hub.datasets.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vhttdl.hub.datasets.time.VietnamTime;

/**
 * {@code ministry/library-record/v1}: a {@link LibraryRecord} as the fifteen Dublin Core elements
 * (DCMES 1.1, ISO 15836), repeatable ones as arrays, plus the item's own code and update time.
 * Keys in the schema's order, so the content hash is stable.
 */
final class DublinCoreV1 {

    static final String FORMAT = "ministry/library-record/v1";

    Map<String, Object> map(LibraryRecord record) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("identifier", identifiers(record));
        payload.put("title", record.subtitle() == null ? record.title() : record.title() + " : " + record.subtitle());
        payload.put("creator", record.creators());
        payload.put("contributor", record.contributors());
        payload.put("subject", subjects(record));
        payload.put("description", record.summary());
        payload.put("publisher", record.publisher());
        payload.put("date", record.publicationYear() == null ? null : String.valueOf(record.publicationYear()));
        payload.put("type", record.resourceType() == null ? null : record.resourceType().dcmiType());
        payload.put("format", record.extent());
        payload.put("language", record.language() == null ? null : record.language().marcCode());
        payload.put("relation", record.series());
        payload.put("coverage", null);
        payload.put("rights", null);
        payload.put("source", record.holdingLibrary() + (record.callNumber() == null ? "" : " " + record.callNumber()));
        payload.put("loaiTaiLieu", record.resourceType() == null ? null : record.resourceType().name());
        payload.put("ngayCapNhat", VietnamTime.dateTime(record.updatedAt()));
        return payload;
    }

    /** The control number first, then the ISBN and the URL as URIs. */
    private static List<String> identifiers(LibraryRecord record) {
        List<String> identifiers = new ArrayList<>();
        identifiers.add(record.id());
        if (record.isbn() != null) {
            identifiers.add("urn:isbn:" + record.isbn());
        }
        if (record.url() != null) {
            identifiers.add(record.url());
        }
        return identifiers;
    }

    /** Subject headings, then free keywords, then the DDC number as "DDC 959.7". */
    private static List<String> subjects(LibraryRecord record) {
        List<String> subjects = new ArrayList<>(record.subjects());
        record.keywords().stream().filter(keyword -> !subjects.contains(keyword)).forEach(subjects::add);
        if (record.ddc() != null) {
            subjects.add("DDC " + record.ddc());
        }
        return subjects;
    }
}
