package vn.vhttdl.sandbox.tourism;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque paging cursor: the position after the last item of a page in the API's order
 * (updated time, then id). Clients must not read it; a cursor that does not decode is refused.
 *
 * @param updatedAt the last item's update time
 * @param id        the last item's id
 */
record TourismCursor(Instant updatedAt, String id) {

    private static final String VERSION = "v1";

    String encode() {
        String plain = VERSION + "|" + updatedAt.toEpochMilli() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<TourismCursor> decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", 3);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TourismCursor(Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
