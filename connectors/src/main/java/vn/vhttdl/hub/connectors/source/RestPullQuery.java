package vn.vhttdl.hub.connectors.source;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Map;

/**
 * What one exchange reads from a {@link RestSourceEndpoint}: the resource, where a page keeps its
 * items and the next page's cursor, and how item fields become canonical columns.
 *
 * @param path            resource appended to the endpoint's base URL, e.g. {@code /du-lich/api/v1/co-so-luu-tru}
 * @param items           JSON pointer of the items array in a page, e.g. {@code /data}
 * @param nextCursor      JSON pointer of the next page's cursor; missing, null or empty on the last page
 * @param cursorParam     query parameter that carries the cursor
 * @param pageSizeParam   query parameter of the page size
 * @param sinceParam      query parameter of the watermark (ISO 8601 with the +07:00 offset), or null when
 *                        the API has no such filter (every run then reads everything)
 * @param fields          canonical column → JSON pointer inside an item ({@code /viTri/maXa}); empty: the
 *                        item's top-level fields are the columns, under their own names
 * @param watermarkColumn canonical column of the update time (the exchange's {@code cursor}), read as an
 *                        ISO date-time, or null
 */
public record RestPullQuery(String path, JsonPointer items, JsonPointer nextCursor, String cursorParam,
        String pageSizeParam, String sinceParam, Map<String, JsonPointer> fields, String watermarkColumn) {
}
