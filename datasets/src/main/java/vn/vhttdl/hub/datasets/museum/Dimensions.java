package vn.vhttdl.hub.datasets.museum;

import java.math.BigDecimal;

/**
 * Kích thước: the measures read from a catalogue's dimension text, in centimetres (weight in
 * kilograms). Any of them may be missing; the verbatim text is always kept beside them.
 *
 * @param heightCm   chiều cao
 * @param lengthCm   chiều dài
 * @param widthCm    chiều rộng
 * @param diameterCm đường kính (the first one given: the mouth's, for a jar)
 * @param weightKg   trọng lượng
 */
public record Dimensions(BigDecimal heightCm, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal diameterCm,
        BigDecimal weightKg) {

    static final Dimensions NONE = new Dimensions(null, null, null, null, null);

    boolean isEmpty() {
        return equals(NONE);
    }
}
