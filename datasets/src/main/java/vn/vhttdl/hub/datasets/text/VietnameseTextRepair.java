package vn.vhttdl.hub.datasets.text;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs Vietnamese text read from legacy systems: removes invisible characters, converts
 * TCVN3 (ABC) and VNI-Windows text held byte for byte in Latin-1/CP1252 columns ({@code
 * §×nh Thæ Hµ} → {@code Đình Thổ Hà}) and VIQR ({@code DDi`nh Tho^? Ha`} → {@code Đình Thổ
 * Hà}), replaces the Icelandic Ð that scraped text uses for Đ, and composes decomposed Unicode
 * to NFC.
 *
 * <p>It never alters genuine Unicode Vietnamese or English: a legacy encoding is decoded only on
 * strong evidence (see {@link LegacyTextDecoder} and, for VIQR, whose marks are ordinary ASCII
 * punctuation too, {@link ViqrDecoder}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class VietnameseTextRepair {

    private final LegacyTextDecoder legacyDecoder = new LegacyTextDecoder();
    private final ViqrDecoder viqrDecoder = new ViqrDecoder();

    /**
     * @param text the text as the source holds it; {@code null} is returned unchanged
     * @return the repaired text and what was done to it
     */
    public RepairResult repair(String text) {
        return repair(text, null);
    }

    /**
     * Repairs a text whose source is known to write a legacy encoding, because other fields of
     * the same row were decoded from it. The text is then decoded on weaker evidence: it only
     * has to come out as Vietnamese, or as abbreviations ({@code 2103/Q§-BVHTTDL} →
     * {@code 2103/QĐ-BVHTTDL}, VIQR {@code Ly'} → {@code Lý}); text that already reads as
     * Vietnamese still stays.
     *
     * @param sourceEncoding {@link TextRepair#TCVN3_DECODED}, {@link TextRepair#VNI_DECODED} or
     *     {@link TextRepair#VIQR_DECODED}; {@code null} (or any other value) when unknown
     */
    public RepairResult repair(String text, TextRepair sourceEncoding) {
        return repair(text, sourceEncoding, false);
    }

    /**
     * Repairs a text of a row that is wholly in a legacy encoding: another field of the row was
     * decoded from it and every text field of the row {@linkplain #couldBeWrittenIn could be
     * written in it} (none holds Unicode the encoding cannot hold, so the row is not partly
     * converted). On that evidence the text is decoded even where it happens to read as
     * Vietnamese as it stands (TCVN3 {@code Bèn sao} is {@code Bốn sao}), and decoded words may
     * be place names of minority languages ({@code X· Ia Kr¸i} is {@code Xã Ia Krái}).
     *
     * @param rowEncoding {@link TextRepair#TCVN3_DECODED}, {@link TextRepair#VNI_DECODED} or
     *     {@link TextRepair#VIQR_DECODED}
     */
    public RepairResult repairFromLegacyRow(String text, TextRepair rowEncoding) {
        return repair(text, rowEncoding, true);
    }

    /**
     * @return whether {@code text} could be held in {@code encoding}: for TCVN3 and VNI every
     *     letter fits in one byte (Latin-1 or CP1252), for VIQR every letter is ASCII; a field
     *     holding {@code ố} or {@code ơ} shows the row was written in Unicode
     */
    public static boolean couldBeWrittenIn(String text, TextRepair encoding) {
        return switch (encoding) {
            case TCVN3_DECODED, VNI_DECODED -> LegacyTextDecoder.fitsInOneByte(text);
            case VIQR_DECODED -> ViqrDecoder.lettersAreAscii(text);
            default -> false;
        };
    }

    private RepairResult repair(String text, TextRepair sourceEncoding, boolean wholeRow) {
        if (text == null) {
            return RepairResult.unchanged(null);
        }
        if (needsNoRepair(text)) {
            return RepairResult.unchanged(text);
        }
        Set<TextRepair> repairs = EnumSet.noneOf(TextRepair.class);

        // Control characters at TCVN3 letter positions (VN1 capitals) survive until decoding.
        String repaired = removeInvisible(text, true);
        if (!repaired.equals(text)) {
            repairs.add(TextRepair.INVISIBLE_REMOVED);
        }
        String composed = Normalizer.normalize(repaired, Normalizer.Form.NFC);
        if (!composed.equals(repaired)) {
            repairs.add(TextRepair.NFC_NORMALISED);
        }
        repaired = composed;

        Optional<LegacyTextDecoder.Decoded> decoded = legacyDecoder.decode(repaired);
        if (decoded.isEmpty() && sourceEncoding != null) {
            decoded = legacyDecoder.decodeFrom(repaired, sourceEncoding, wholeRow);
        }
        if (decoded.isPresent()) {
            repaired = decoded.get().text();
            repairs.add(decoded.get().repair());
        } else {
            Optional<String> viqr = sourceEncoding == TextRepair.VIQR_DECODED
                    ? viqrDecoder.decodeFrom(repaired, wholeRow)
                    : viqrDecoder.decode(repaired);
            if (viqr.isPresent()) {
                repaired = viqr.get();
                repairs.add(TextRepair.VIQR_DECODED);
            }
        }

        String withoutEth = EthReplacement.apply(repaired);
        if (!withoutEth.equals(repaired)) {
            repairs.add(TextRepair.ETH_REPLACED);
            repaired = withoutEth;
        }

        String visible = removeInvisible(repaired, false);
        if (!visible.equals(repaired)) {
            repairs.add(TextRepair.INVISIBLE_REMOVED);
        }
        repaired = Normalizer.normalize(visible, Normalizer.Form.NFC);

        boolean changed = !repaired.equals(text);
        return new RepairResult(repaired, changed, changed ? repairs : Set.of());
    }

    /**
     * One pass over the text, without allocating, for the common case: plain ASCII with nothing
     * VIQR could mark, or NFC Unicode holding a letter no single-byte encoding holds (so neither
     * legacy decoding applies), with no invisible character and no Ð anywhere. It runs over every
     * character of every text field of every row, so each character's kind is looked up in
     * {@link CharKinds}, not worked out again; and the NFC check, which is slow on Vietnamese
     * letters, runs only for text holding a character that could change under NFC.
     */
    private static boolean needsNoRepair(String text) {
        boolean beyondAscii = false;
        boolean beyondOneByte = false;
        boolean viqrSign = false;
        boolean previousIsD = false;
        boolean mayCompose = false;
        for (int i = 0; i < text.length(); i++) {
            int entry = CharKinds.of(text.charAt(i));
            int kind = entry & CharKinds.KIND;
            switch (kind) {
                case CharKinds.NEEDS_REPAIR -> {
                    return false;
                }
                case CharKinds.VIQR_SIGN -> viqrSign = true;
                case CharKinds.LETTER_D -> viqrSign |= previousIsD;
                case CharKinds.BEYOND_ONE_BYTE -> {
                    beyondAscii = true;
                    beyondOneByte = true;
                }
                case CharKinds.BEYOND_ASCII -> beyondAscii = true;
                default -> {
                    // plain ASCII
                }
            }
            mayCompose |= (entry & CharKinds.MAY_CHANGE_UNDER_NFC) != 0;
            previousIsD = kind == CharKinds.LETTER_D;
        }
        if (!beyondAscii) {
            return !viqrSign;
        }
        return beyondOneByte && (!mayCompose || Normalizer.isNormalized(text, Normalizer.Form.NFC));
    }

    private static String removeInvisible(String text, boolean keepTcvn3Letters) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean invisible = CharKinds.isZeroWidth(c)
                    || (Character.isISOControl(c) && c != '\n' && c != '\t'
                            && !(keepTcvn3Letters && Tcvn3Table.isLetter(c)));
            if (invisible && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!invisible && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

}
