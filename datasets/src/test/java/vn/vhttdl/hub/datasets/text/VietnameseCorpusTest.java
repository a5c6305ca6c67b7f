package vn.vhttdl.hub.datasets.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The false-positive measurement and the round trips on the whole {@link VietnameseCorpus}
 * (place names of the 2025 and pre-2025 administrative units, demo-seed descriptions): repair
 * changes none of it, and TCVN3, VNI and VIQR made from it by the independent
 * {@link LegacyEncoders} come back as the original Unicode.
 */
class VietnameseCorpusTest {

    private static List<String> corpus;
    private final VietnameseTextRepair repair = new VietnameseTextRepair();

    @BeforeAll
    static void readCorpus() {
        corpus = VietnameseCorpus.genuine();
    }

    @Test
    void theCorpusHoldsAtLeast2000DistinctGenuineStringsFromEverySource() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(2_000).doesNotHaveDuplicates();
        assertThat(corpus).contains("Xã Hiệp Hòa", "Phường Bắc Giang", "Huyện Hiệp Hòa", "Tỉnh Bắc Giang");
        assertThat(VietnameseCorpus.adminUnitCells().stream().filter(VietnameseCorpus::isGenuineVietnamese).distinct())
                .hasSizeGreaterThan(2_000);
        assertThat(VietnameseCorpus.demoSeedLiterals().stream().filter(VietnameseCorpus::isGenuineVietnamese).distinct())
                .hasSizeGreaterThan(500);
    }

    @Test
    void theCorpusFilterLeavesOutTheSeedValuesWrittenInLegacyEncodingsOnPurpose() {
        assertThat(VietnameseCorpus.isGenuineVietnamese("§×nh Thæ Hµ")).isFalse();
        assertThat(VietnameseCorpus.isGenuineVietnamese("Ðình Bảng")).isFalse();
        assertThat(VietnameseCorpus.isGenuineVietnamese("Chu\u0300a Lim")).isFalse();
        assertThat(VietnameseCorpus.isGenuineVietnamese("Chùa\u200B Lim")).isFalse();
        assertThat(VietnameseCorpus.isGenuineVietnamese("Chùa Lim")).isTrue();
        assertThat(VietnameseCorpus.sqlStringLiterals("-- it's a comment\nVALUES ('Nhà ''văn'' hóa', 'x');"))
                .containsExactly("Nhà 'văn' hóa", "x");
    }

    @Test
    void repairChangesNothingInTheCorpus() {
        assertThat(changed(corpus, UnaryOperator.identity())).isEmpty();
    }

    /** Vietnamese typed without marks is ASCII, the alphabet VIQR is written in: it must stay as it is. */
    @Test
    void repairChangesNothingInTheCorpusTypedWithoutMarks() {
        assertThat(changed(corpus, VietnameseCorpus::withoutMarks)).isEmpty();
    }

    /** Codes, URLs, e-mail addresses, numbers and English of the seeds: ASCII full of dots, question marks and apostrophes. */
    @Test
    void repairChangesNothingInThePlainAsciiSeedValues() {
        List<String> ascii = VietnameseCorpus.asciiDemoLiterals();

        assertThat(ascii).hasSizeGreaterThan(1_000);
        assertThat(changed(ascii, UnaryOperator.identity())).isEmpty();
    }

    @Test
    void theViqrDetectorTouchesNoCorpusString() {
        ViqrDecoder viqr = new ViqrDecoder();
        List<String> touched = new ArrayList<>();
        for (String text : corpus) {
            for (String variant : List.of(text, VietnameseCorpus.withoutMarks(text))) {
                viqr.decode(variant).ifPresent(decoded -> touched.add(variant + " → " + decoded));
            }
        }
        for (String text : VietnameseCorpus.asciiDemoLiterals()) {
            viqr.decode(text).ifPresent(decoded -> touched.add(text + " → " + decoded));
        }
        System.out.printf("VIQR detector on %d corpus strings (with and without marks) and %d ASCII seed values: %d touched%n",
                corpus.size(), VietnameseCorpus.asciiDemoLiterals().size(), touched.size());

        assertThat(touched).isEmpty();
    }

    /**
     * Alone, a short value cannot prove its encoding ({@code 701/Q§-SVHTTDL}, VNI {@code Tænh}
     * is TCVN3 {@code Tổnh} as well, VIQR {@code Quan Ho.}); within a row that another field
     * proved, it is decoded. What stays undecoded even then are mostly place names in the
     * languages of the Central Highlands ({@code Krông}, {@code Đakrông}), which the syllable
     * check cannot vouch for: they are left as the source holds them, never decoded wrongly.
     */
    @ParameterizedTest
    @EnumSource(value = TextRepair.class, names = {"TCVN3_DECODED", "VNI_DECODED", "VIQR_DECODED"})
    void legacyTextOfTheCorpusRoundTripsToTheOriginalOrIsLeftAlone(TextRepair encoding) {
        UnaryOperator<String> encoder = switch (encoding) {
            case TCVN3_DECODED -> LegacyEncoders::toTcvn3;
            case VNI_DECODED -> LegacyEncoders::toVni;
            default -> LegacyEncoders::toViqr;
        };
        int alone = 0;
        int inRow = 0;
        List<String> wrong = new ArrayList<>();
        for (String original : corpus) {
            String legacy = encoder.apply(original);
            RepairResult byItself = repair.repair(legacy);
            // as SourceRow repairs it once another field of the row was decoded
            RepairResult withTheRow = repair.repair(legacy, encoding);
            alone += roundTrips(byItself, original, legacy, encoding) ? 1 : 0;
            inRow += roundTrips(withTheRow, original, legacy, encoding) ? 1 : 0;
            for (RepairResult result : List.of(byItself, withTheRow)) {
                if (!result.text().equals(original) && result.repairs().contains(encoding)) {
                    wrong.add(legacy + " → " + result.text() + " (expected " + original + ")");
                }
            }
        }
        System.out.printf("%s round trip of %d corpus strings: %d back to the original by themselves, %d within their row;"
                + " the rest left undecoded, %d decoded wrongly%n", encoding, corpus.size(), alone, inRow, wrong.size());

        assertThat(wrong).as("decoded into something else").isEmpty();
        assertThat(alone).as("back to the original by themselves").isGreaterThanOrEqualTo(corpus.size() * 94 / 100);
        assertThat(inRow).as("back to the original within their row").isGreaterThanOrEqualTo(corpus.size() * 98 / 100);
    }

    private static boolean roundTrips(RepairResult result, String original, String legacy, TextRepair encoding) {
        return result.text().equals(original) && (legacy.equals(original) || result.repairs().contains(encoding));
    }

    private List<String> changed(List<String> texts, UnaryOperator<String> variant) {
        List<String> changed = new ArrayList<>();
        for (String text : texts) {
            String genuine = variant.apply(text);
            RepairResult result = repair.repair(genuine);
            if (result.changed() || !result.text().equals(genuine)) {
                changed.add(genuine + " → " + result.text() + " " + result.repairs());
            }
        }
        return changed;
    }
}
