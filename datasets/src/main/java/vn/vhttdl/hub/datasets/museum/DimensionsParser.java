package vn.vhttdl.hub.datasets.museum;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the measures out of a catalogue's dimension text: labelled parts ({@code Cao 45 cm; ĐK
 * miệng 12 cm}, {@code C: 45cm, R: 20cm}, {@code Nặng 2,5 kg}) or a product ({@code 45 x 30 x 12 cm}
 * is length × width × height). Units mm, cm, m (cm when none); decimal commas. Parts it cannot
 * read are left out: dimensions are description, and their text travels verbatim anyway.
 */
final class DimensionsParser {

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern PART = Pattern.compile(
            "(chieu cao|cao|c|h|chieu dai|dai|d|l|chieu rong|rong|ngang|r|w|duong kinh|dk|trong luong|nang|tl)"
                    + "(?: [a-z]+){0,2} ?:? ?" + NUMBER + " ?(mm|cm|m|kg|g)?");
    private static final Pattern PRODUCT = Pattern.compile(NUMBER + " ?x ?" + NUMBER + "(?: ?x ?" + NUMBER + ")? ?(mm|cm|m)?");

    private DimensionsParser() {
    }

    /** @return the measures, or empty when the text holds none it can read */
    static Optional<Dimensions> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = normalise(text);
        Matcher product = PRODUCT.matcher(s);
        if (product.find()) {
            String unit = product.group(4);
            BigDecimal height = product.group(3) == null ? null : cm(product.group(3), unit);
            return Optional.of(new Dimensions(height, cm(product.group(1), unit), cm(product.group(2), unit), null, null));
        }
        BigDecimal height = null;
        BigDecimal length = null;
        BigDecimal width = null;
        BigDecimal diameter = null;
        BigDecimal weight = null;
        for (String part : s.split("[;,]")) {
            Matcher m = PART.matcher(part.strip());
            if (!m.matches()) {
                continue;
            }
            String unit = m.group(3);
            switch (m.group(1)) {
                case "chieu cao", "cao", "c", "h" -> height = height == null ? cm(m.group(2), unit) : height;
                case "chieu dai", "dai", "d", "l" -> length = length == null ? cm(m.group(2), unit) : length;
                case "chieu rong", "rong", "ngang", "r", "w" -> width = width == null ? cm(m.group(2), unit) : width;
                case "duong kinh", "dk" -> diameter = diameter == null ? cm(m.group(2), unit) : diameter;
                default -> weight = weight == null ? kg(m.group(2), unit) : weight;
            }
        }
        Dimensions dimensions = new Dimensions(height, length, width, diameter, weight);
        return dimensions.isEmpty() ? Optional.empty() : Optional.of(dimensions);
    }

    private static BigDecimal cm(String number, String unit) {
        BigDecimal value = new BigDecimal(number);
        if ("mm".equals(unit)) {
            return plain(value.movePointLeft(1));
        }
        if ("m".equals(unit)) {
            return plain(value.movePointRight(2));
        }
        return plain(value);
    }

    private static BigDecimal kg(String number, String unit) {
        BigDecimal value = new BigDecimal(number);
        return plain("g".equals(unit) ? value.movePointLeft(3) : value);
    }

    /** 40, not 4E+1: JSON writers print a negative scale in exponent form. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Folded, decimal commas as points, ×/* as x, Φ and Ø as "dk" (đường kính). */
    private static String normalise(String text) {
        String s = text.replaceAll("[ΦφØø⌀]", " dk ");
        s = DatingParser.fold(s);
        s = s.replaceAll("(\\d),(\\d)", "$1.$2").replaceAll("[×*]", "x");
        s = s.replaceAll("[^a-z0-9.;,x]+", " ").replaceAll(" +", " ").strip();
        // "45cm" and "45 cm" alike
        return s.replaceAll("(\\d)(mm|cm|m|kg|g)\\b", "$1 $2");
    }
}
