package vn.vhttdl.hub.datasets.adminunit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a {@link LocationQuery} comes to: one commune of 1 July 2025, an old commune split across
 * several, a name that fits several units, or nothing known. Only {@link Resolved} lets a record
 * through; the others carry the reason, in Vietnamese and English, for the rejected record.
 */
public sealed interface Resolution {

    /** @return the reason a record is refused, in Vietnamese; empty for {@link Resolved} */
    String messageVi();

    /** @return the reason a record is refused, in English; empty for {@link Resolved} */
    String messageEn();

    /** How a {@link Resolved} commune was found. */
    enum Via {
        /** the code is a commune code of 1 July 2025 */
        CURRENT_CODE,
        /** the name is the name of exactly one commune of 1 July 2025 */
        CURRENT_NAME,
        /** the code is a pre-2025 code, mapped through the crosswalk */
        OLD_CODE,
        /** the name is the name of a pre-2025 commune, mapped through the crosswalk */
        OLD_NAME
    }

    /**
     * The location is one commune of 1 July 2025.
     *
     * @param commune the commune
     * @param via     how it was found
     * @param from    the old commune it was mapped from; {@code null} for {@link Via#CURRENT_CODE}
     *                and {@link Via#CURRENT_NAME}
     * @param note    the crosswalk's note for a mapped old commune ({@code Nhập toàn bộ}, or the
     *                supplement's reasoning); {@code null} otherwise
     */
    record Resolved(Commune commune, Via via, OldCommune from, String note) implements Resolution {

        /** @return whether an old unit was translated to a new one */
        public boolean mapped() {
            return via == Via.OLD_CODE || via == Via.OLD_NAME;
        }

        @Override
        public String messageVi() {
            return "";
        }

        @Override
        public String messageEn() {
            return "";
        }
    }

    /**
     * An old commune whose territory went to several new communes ("Nhập một phần"): which one a
     * record belongs to depends on where exactly it lies, so it is not guessed.
     */
    record Split(OldCommune from, List<Commune> candidates) implements Resolution {

        public Split {
            candidates = List.copyOf(candidates);
        }

        @Override
        public String messageVi() {
            return "Xã cũ " + from.label() + " đã bị chia cho nhiều xã mới: " + labels(candidates)
                    + "; cần ghi mã xã mới";
        }

        @Override
        public String messageEn() {
            return "Old commune " + from.label() + " was split between several new communes: " + labels(candidates)
                    + "; give the new commune code";
        }
    }

    /** The value fits several units and nothing else in the query tells them apart. */
    record Ambiguous(String value, List<String> candidates) implements Resolution {

        public Ambiguous {
            candidates = List.copyOf(candidates);
        }

        @Override
        public String messageVi() {
            return "Địa danh " + value + " ứng với nhiều đơn vị hành chính: " + String.join(", ", candidates)
                    + "; cần ghi mã xã";
        }

        @Override
        public String messageEn() {
            return "Place " + value + " matches several administrative units: " + String.join(", ", candidates)
                    + "; give the commune code";
        }
    }

    /** Nothing in the code lists fits, or the crosswalk knows the old unit but gives no target. */
    record Unknown(String value, String messageVi, String messageEn) implements Resolution {
    }

    private static String labels(List<Commune> communes) {
        return communes.stream().map(Commune::label).collect(Collectors.joining(", "));
    }
}
