package vn.vhttdl.sandbox.tourism;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The registers the stand-in API serves, in memory, in the API's order: by update time, then by
 * id. That order is total and stable, so a cursor (the last position read) never skips or
 * repeats an item, however the pages fall.
 */
@Component
public class TourismRecords {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Always with seconds and the +07:00 offset, as the system writes its times. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final Comparator<TourismCursor> ORDER =
            Comparator.comparing(TourismCursor::updatedAt).thenComparing(TourismCursor::id);

    private final TourismApiProperties properties;
    private final Clock clock;
    private final Map<TourismKind, NavigableMap<TourismCursor, Map<String, Object>>> ordered = new EnumMap<>(TourismKind.class);
    private final Map<TourismKind, Map<String, TourismCursor>> positions = new EnumMap<>(TourismKind.class);
    private int touches;

    public TourismRecords(TourismApiProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        reset();
    }

    /** One page: the items and the cursor of the next page, or null after the last one. */
    public record Page(List<Map<String, Object>> items, String nextCursor) {
    }

    /** Generates the records again from the seed, forgetting every update. */
    public synchronized void reset() {
        touches = 0;
        load(TourismKind.ACCOMMODATIONS, TourismGenerator.accommodations(properties.getSeed(), properties.getAccommodations()));
        load(TourismKind.ATTRACTIONS, TourismGenerator.attractions(properties.getSeed(), properties.getAttractions()));
    }

    private void load(TourismKind kind, List<TourismGenerator.Generated> generated) {
        NavigableMap<TourismCursor, Map<String, Object>> items = new TreeMap<>(ORDER);
        Map<String, TourismCursor> byId = new HashMap<>();
        for (TourismGenerator.Generated record : generated) {
            TourismCursor position = new TourismCursor(record.updatedAt(), record.id());
            items.put(position, record.fields());
            byId.put(record.id(), position);
        }
        ordered.put(kind, items);
        positions.put(kind, byId);
    }

    /**
     * @param updatedSince only items updated strictly after it; null for all
     * @param after        the position after which the page starts; null for the first page
     */
    public synchronized Page page(TourismKind kind, Instant updatedSince, TourismCursor after, int limit) {
        NavigableMap<TourismCursor, Map<String, Object>> items = ordered.get(kind);
        NavigableMap<TourismCursor, Map<String, Object>> rest = after == null ? items : items.tailMap(after, false);
        List<Map<String, Object>> page = new ArrayList<>(limit);
        TourismCursor last = null;
        for (Map.Entry<TourismCursor, Map<String, Object>> entry : rest.entrySet()) {
            if (updatedSince != null && !entry.getKey().updatedAt().isAfter(updatedSince)) {
                continue;
            }
            if (page.size() == limit) {
                return new Page(page, last.encode());
            }
            page.add(withUpdateTime(entry.getValue(), entry.getKey().updatedAt()));
            last = entry.getKey();
        }
        return new Page(page, null);
    }

    /**
     * Updates the first {@code count} items in id order, as the system's users would: the
     * address changes and the update time becomes now.
     *
     * @return the ids updated
     */
    public synchronized List<String> touch(TourismKind kind, int count) {
        touches++;
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<String> ids = positions.get(kind).keySet().stream().sorted().limit(count).toList();
        for (String id : ids) {
            TourismCursor old = positions.get(kind).get(id);
            Map<String, Object> fields = ordered.get(kind).remove(old);
            @SuppressWarnings("unchecked")
            Map<String, Object> where = new LinkedHashMap<>((Map<String, Object>) fields.get("viTri"));
            where.put("diaChi", "Số " + touches + " đường Lý Thái Tổ (cập nhật)");
            Map<String, Object> updated = new LinkedHashMap<>(fields);
            updated.put("viTri", where);
            TourismCursor position = new TourismCursor(now, id);
            ordered.get(kind).put(position, updated);
            positions.get(kind).put(id, position);
        }
        return ids;
    }

    /** @return how many items the register holds */
    public synchronized int size(TourismKind kind) {
        return ordered.get(kind).size();
    }

    private static Map<String, Object> withUpdateTime(Map<String, Object> fields, Instant updatedAt) {
        Map<String, Object> item = new LinkedHashMap<>(fields);
        item.put("ngayCapNhat", TIME.format(updatedAt.atZone(VIETNAM)));
        return item;
    }
}
