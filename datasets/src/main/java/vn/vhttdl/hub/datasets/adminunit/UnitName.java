package vn.vhttdl.hub.datasets.adminunit;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.vhttdl.hub.datasets.text.VietnameseFolding;

/**
 * A unit name reduced for matching: folded ({@link VietnameseFolding}: no case, no marks, đ as d,
 * so {@code Hoà} and {@code Hòa} agree), the unit word taken off and kept as a type hint, and
 * numbers without leading zeros ({@code Phường 01} is {@code Phường 1}).
 *
 * @param key    what is left of the name ({@code vu ninh} for {@code P. Vũ Ninh})
 * @param type   the commune type its prefix named; {@code null} when there was none or it names
 *               no commune type
 * @param marked the same words with their marks, in lower case; tells {@code Văn Lang} from
 *               {@code Văn Lăng} when a name has marks to tell by
 */
record UnitName(String key, CommuneType type, String marked) {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{M}0-9]+");

    /** Folded commune prefixes, longest first, so that "thi tran" wins over a bare "t". */
    private static final List<Map.Entry<String, CommuneType>> COMMUNE_PREFIXES = List.of(
            Map.entry("thi tran", CommuneType.THI_TRAN),
            Map.entry("dac khu", CommuneType.DAC_KHU),
            Map.entry("phuong", CommuneType.PHUONG),
            Map.entry("xa", CommuneType.XA),
            Map.entry("tt", CommuneType.THI_TRAN),
            Map.entry("p", CommuneType.PHUONG),
            Map.entry("x", CommuneType.XA));

    private static final List<String> DISTRICT_PREFIXES = List.of("thanh pho", "thi xa", "huyen", "quan", "tp", "tx",
            "h", "q");

    private static final List<String> PROVINCE_PREFIXES = List.of("thanh pho", "tinh", "tp");

    /** @return the matching form of a commune name ({@code Xã Tân An}, {@code tan an}, {@code TT. Chờ}) */
    static UnitName ofCommune(String name) {
        String folded = VietnameseFolding.fold(name);
        String marked = marked(name);
        for (Map.Entry<String, CommuneType> prefix : COMMUNE_PREFIXES) {
            String rest = after(folded, prefix.getKey());
            if (rest != null) {
                // the prefix is as many words long in the marked form as in the folded one
                int words = prefix.getKey().split(" ").length;
                String[] markedWords = marked.split(" ", words + 1);
                String markedRest = markedWords.length > words ? markedWords[words] : "";
                return new UnitName(numbersWithoutZeros(rest), prefix.getValue(), numbersWithoutZeros(markedRest));
            }
        }
        return new UnitName(numbersWithoutZeros(folded), null, numbersWithoutZeros(marked));
    }

    /** @return whether the name was written with marks, so that {@link #marked} can tell names apart */
    boolean hasMarks() {
        return !marked.equals(key);
    }

    /** Lower case, NFC, punctuation as spaces: the folded form with its marks kept. */
    private static String marked(String name) {
        if (name == null) {
            return "";
        }
        String composed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        return NOT_LETTER_OR_DIGIT.matcher(composed).replaceAll(" ").trim();
    }

    /** @return the matching key of a district name ({@code Huyện Lục Nam}, {@code TX Chũ}) */
    static String districtKey(String name) {
        return withoutPrefix(VietnameseFolding.fold(name), DISTRICT_PREFIXES);
    }

    /** @return the matching key of a province name ({@code Tỉnh Bắc Giang}, {@code TP Hà Nội}) */
    static String provinceKey(String name) {
        return withoutPrefix(VietnameseFolding.fold(name), PROVINCE_PREFIXES);
    }

    private static String withoutPrefix(String folded, List<String> prefixes) {
        for (String prefix : prefixes) {
            String rest = after(folded, prefix);
            if (rest != null) {
                return numbersWithoutZeros(rest);
            }
        }
        return numbersWithoutZeros(folded);
    }

    /** @return the text after a whole-word prefix, or null; a name that is only the prefix keeps it */
    private static String after(String folded, String prefix) {
        if (folded.startsWith(prefix + " ") && folded.length() > prefix.length() + 1) {
            return folded.substring(prefix.length() + 1);
        }
        return null;
    }

    private static String numbersWithoutZeros(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (String word : folded.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.matches("0+[0-9]+") ? word.replaceFirst("^0+", "") : word);
        }
        return out.toString();
    }
}
