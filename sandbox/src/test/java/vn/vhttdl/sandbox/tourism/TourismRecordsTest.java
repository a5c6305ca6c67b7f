package vn.vhttdl.sandbox.tourism;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TourismRecordsTest {

    private final TourismApiProperties properties = properties();
    private final TourismRecords records = new TourismRecords(properties,
            Clock.fixed(Instant.parse("2026-01-15T01:00:00Z"), ZoneOffset.UTC));

    private static TourismApiProperties properties() {
        TourismApiProperties p = new TourismApiProperties();
        p.setAccommodations(1000);
        p.setAttractions(50);
        return p;
    }

    private List<String> readAll(TourismKind kind, Instant since, int limit) {
        List<String> ids = new ArrayList<>();
        TourismCursor after = null;
        while (true) {
            TourismRecords.Page page = records.page(kind, since, after, limit);
            page.items().forEach(item -> ids.add((String) item.get(kind.idField())));
            if (page.nextCursor() == null) {
                return ids;
            }
            after = TourismCursor.decode(page.nextCursor()).orElseThrow();
        }
    }

    @Test
    void pagesCoverEveryRecordOnceWhateverThePageSize() {
        for (int limit : new int[] {1, 7, 150, 999, 1000, 1001}) {
            List<String> ids = readAll(TourismKind.ACCOMMODATIONS, null, limit);
            assertThat(ids).as("limit %d", limit).hasSize(1000).doesNotHaveDuplicates();
        }
        assertThat(readAll(TourismKind.ATTRACTIONS, null, 9)).hasSize(50).doesNotHaveDuplicates();
    }

    @Test
    void theSameSeedGivesTheSameRecords() {
        Map<String, Object> first = records.page(TourismKind.ACCOMMODATIONS, null, null, 1).items().get(0);
        records.reset();
        assertThat(records.page(TourismKind.ACCOMMODATIONS, null, null, 1).items().get(0)).isEqualTo(first);
        assertThat(first).containsKeys("maCoSo", "tenCoSo", "loaiHinh", "soBuong", "maSoDoanhNghiep", "viTri", "ngayCapNhat");
        assertThat((String) first.get("ngayCapNhat")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
    }

    @Test
    void updatedSinceKeepsOnlyLaterUpdatesAndAnUpdateMovesARecordToTheEnd() {
        List<String> updated = records.touch(TourismKind.ACCOMMODATIONS, 3);
        assertThat(updated).containsExactly("DLTM-LT-00001", "DLTM-LT-00002", "DLTM-LT-00003");

        Set<String> since = new HashSet<>(readAll(TourismKind.ACCOMMODATIONS, Instant.parse("2025-12-31T00:00:00Z"), 2));
        assertThat(since).containsExactlyInAnyOrderElementsOf(updated);
        assertThat(readAll(TourismKind.ACCOMMODATIONS, Instant.parse("2026-01-15T01:00:00Z"), 2)).isEmpty();
        List<String> all = readAll(TourismKind.ACCOMMODATIONS, null, 100);
        assertThat(all.subList(997, 1000)).containsExactlyElementsOf(updated);
    }

    @Test
    void aCursorThatWasNotIssuedIsRefused() {
        assertThat(TourismCursor.decode("not-a-cursor")).isEmpty();
        assertThat(TourismCursor.decode("%%%")).isEmpty();
        TourismCursor cursor = new TourismCursor(Instant.parse("2025-01-01T00:00:00Z"), "DLTM-LT-00001");
        assertThat(TourismCursor.decode(cursor.encode())).contains(cursor);
    }
}
