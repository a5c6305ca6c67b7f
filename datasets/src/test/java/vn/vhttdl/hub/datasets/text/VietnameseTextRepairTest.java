package vn.vhttdl.hub.datasets.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseTextRepairTest {

    private final VietnameseTextRepair repair = new VietnameseTextRepair();

    static List<String> vietnamese() {
        return VietnameseSamples.vietnamese();
    }

    static List<String> english() {
        return VietnameseSamples.ENGLISH;
    }

    static Stream<String> everyGenuineText() {
        return Stream.concat(vietnamese().stream(), english().stream());
    }

    @Test
    void theSamplesAreEnoughAndGenuine() {
        assertThat(vietnamese()).hasSizeGreaterThanOrEqualTo(200)
                .allSatisfy(text -> assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue());
    }

    @ParameterizedTest
    @MethodSource("vietnamese")
    void tcvn3RoundTripsToTheOriginal(String original) {
        String legacy = LegacyEncoders.toTcvn3(original);

        RepairResult result = repair.repair(legacy);

        assertThat(result.text()).isEqualTo(original);
        assertThat(result.changed()).isEqualTo(!legacy.equals(original));
        if (result.changed()) {
            assertThat(result.repairs()).contains(TextRepair.TCVN3_DECODED);
        }
    }

    /**
     * VNI spells marks with Latin-1 letters, so some short texts read as TCVN3 just as well
     * ({@code Tænh} is VNI {@code Tỉnh} and TCVN3 {@code Tổnh}); those are left alone, never
     * decoded wrongly.
     */
    @Test
    void vniRoundTripsToTheOriginalOrIsLeftAlone() {
        List<String> undecided = new ArrayList<>();
        for (String original : vietnamese()) {
            String legacy = LegacyEncoders.toVni(original);

            String repaired = repair.repair(legacy).text();

            assertThat(repaired).as("VNI %s", legacy).isIn(original, legacy);
            if (!repaired.equals(original)) {
                undecided.add(legacy);
            }
        }
        assertThat(undecided).as("left alone").hasSizeLessThanOrEqualTo(vietnamese().size() / 10);
    }

    @ParameterizedTest
    @MethodSource("everyGenuineText")
    void genuineTextIsNeverChanged(String genuine) {
        RepairResult result = repair.repair(genuine);

        assertThat(result.text()).isEqualTo(genuine);
        assertThat(result.changed()).isFalse();
        assertThat(result.repairs()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("vietnamese")
    void decomposedUnicodeIsComposed(String original) {
        String decomposed = Normalizer.normalize(original, Normalizer.Form.NFD);

        RepairResult result = repair.repair(decomposed);

        assertThat(result.text()).isEqualTo(original);
        if (!decomposed.equals(original)) {
            assertThat(result.changed()).isTrue();
            assertThat(result.repairs()).containsExactly(TextRepair.NFC_NORMALISED);
        }
    }

    @ParameterizedTest
    @MethodSource("vietnamese")
    void repairingTwiceChangesNothingMore(String original) {
        String once = repair.repair(LegacyEncoders.toTcvn3(original)).text();

        assertThat(repair.repair(once).changed()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            §×nh                          | Đình
            Chïa VÜnh Nghiªm              | Chùa Vĩnh Nghiêm
            §×nh Thæ Hµ                   | Đình Thổ Hà
            Khu di tÝch Hoµng Hoa Th¸m    | Khu di tích Hoàng Hoa Thám
            Phè HuÕ                       | Phố Huế
            CHïA VÜNH NGHI£M              | CHÙA VĨNH NGHIÊM
            §×NH THæ Hµ                   | ĐÌNH THỔ HÀ
            “Chïa Bót Th¸p”               | “Chùa Bút Tháp”
            Kh¸nh thµnh 12/3/2019 – UBND tØnh B¾c Ninh | Khánh thành 12/3/2019 – UBND tỉnh Bắc Ninh
            """)
    void decodesTcvn3AsLegacyColumnsHoldIt(String legacy, String expected) {
        RepairResult result = repair.repair(legacy);

        assertThat(result.text()).isEqualTo(expected);
        assertThat(result.repairs()).contains(TextRepair.TCVN3_DECODED);
    }

    @Test
    void decodesTcvn3CapitalsThatACp1252ColumnTurnedIntoPunctuation() {
        // "HỎNG" in VN1: Ỏ is 0x93, which a CP1252 driver returns as “
        byte[] bytes = {'H', (byte) 0x93, 'N', 'G', ' ', 'h', (byte) 0xB8, 'o'};
        String asCp1252 = new String(bytes, Charset.forName("windows-1252"));

        assertThat(repair.repair(asCp1252).text()).isEqualTo("HỎNG háo");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ñình Thoå Haø         | Đình Thổ Hà
            Chuøa Vónh Nghieâm    | Chùa Vĩnh Nghiêm
            Xaõ Phuùc Hoøa        | Xã Phúc Hòa
            """)
    void decodesVniWindows(String legacy, String expected) {
        RepairResult result = repair.repair(legacy);

        assertThat(result.text()).isEqualTo(expected);
        assertThat(result.repairs()).contains(TextRepair.VNI_DECODED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Phè", "Bà Già · Sò", "Hà §×nh", "5 µm", "See § 5", "3 × 4 m", "Café Bà", "2103/Q§-BVHTTDL"})
    void leavesAmbiguousTextAlone(String ambiguous) {
        assertThat(repair.repair(ambiguous).changed()).isFalse();
    }

    /** European names and phrases in Latin-1, whose letters legacy-encoded Vietnamese is made of. */
    @Test
    void leavesEuropeanTextWithLatin1LettersAlone() {
        List<String> traps = VietnameseCorpus.resourceLines("/latin1-traps.txt");
        List<String> changed = new ArrayList<>();
        for (String trap : traps) {
            RepairResult result = repair.repair(trap);
            if (result.changed()) {
                changed.add(trap + " → " + result.text());
            }
        }

        assertThat(traps).hasSizeGreaterThan(100).contains("Café Zürich", "São Paulo", "Ørsted");
        assertThat(changed).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            X· Ia Kr¸i                    | Xã Ia Krái
            X· Cu«r §¨ng                  | Xã Cuôr Đăng
            HuyÖn Kr«ng Bók               | Huyện Krông Búk
            Xaõ Cö Dlieâ Mnoâng           | Xã Cư Dliê Mnông
            ThÓ dôc thÓ thao              | Thể dục thể thao
            Tænh Sôn La                   | Tỉnh Sơn La
            """)
    void decodesMinorityPlaceNamesThatOtherWordsOfTheTextVouchFor(String legacy, String expected) {
        assertThat(repair.repair(legacy).text()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xã Krông Pa", "Xã Ia Krái", "Buôn Đôn", "Krông Búk", "Ea H'Leo", "Xã Đakrông"})
    void leavesGenuineMinorityPlaceNamesAlone(String genuine) {
        assertThat(repair.repair(genuine).changed()).isFalse();
        assertThat(repair.repair(genuine, TextRepair.TCVN3_DECODED).changed()).isFalse();
        assertThat(repair.repair(genuine, TextRepair.VNI_DECODED).changed()).isFalse();
    }

    @Test
    void decodesEveryFieldOfARowWhollyInALegacyEncoding() {
        assertThat(repair.repairFromLegacyRow("Bèn sao", TextRepair.TCVN3_DECODED).text()).isEqualTo("Bốn sao");
        assertThat(repair.repairFromLegacyRow("Goám men lam", TextRepair.VNI_DECODED).text()).isEqualTo("Gốm men lam");
        assertThat(repair.repairFromLegacyRow("Kr«ng Pa", TextRepair.TCVN3_DECODED).text()).isEqualTo("Krông Pa");
        assertThat(repair.repairFromLegacyRow("Kro^ng Pa", TextRepair.VIQR_DECODED).text()).isEqualTo("Krông Pa");
        assertThat(repair.repairFromLegacyRow("Museum of Fine Arts", TextRepair.TCVN3_DECODED).changed()).isFalse();
        assertThat(VietnameseTextRepair.couldBeWrittenIn("Bèn sao", TextRepair.TCVN3_DECODED)).isTrue();
        assertThat(VietnameseTextRepair.couldBeWrittenIn("86/QĐ-UBND", TextRepair.TCVN3_DECODED)).isFalse();
        assertThat(VietnameseTextRepair.couldBeWrittenIn("Bèn sao", TextRepair.VIQR_DECODED)).isFalse();
    }

    @Test
    void decodesShortValuesWhenTheRowIsKnownToBeTcvn3() {
        assertThat(repair.repair("2103/Q§-BVHTTDL", TextRepair.TCVN3_DECODED).text()).isEqualTo("2103/QĐ-BVHTTDL");
        assertThat(repair.repair("Hµ", TextRepair.TCVN3_DECODED).text()).isEqualTo("Hà");
        // what already reads as Vietnamese stays, whatever the hint
        assertThat(repair.repair("Chùa Bà", TextRepair.TCVN3_DECODED).changed()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ðình Bảng              | Đình Bảng
            ÐÌNH LÀNG              | ĐÌNH LÀNG
            Ðà Nẵng, ðường Lê Lợi  | Đà Nẵng, đường Lê Lợi
            Ðình làng              | Đình làng
            """)
    void replacesEthInVietnameseText(String scraped, String expected) {
        RepairResult result = repair.repair(scraped);

        assertThat(result.text()).isEqualTo(expected);
        assertThat(result.repairs()).contains(TextRepair.ETH_REPLACED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Guðrún Þórsdóttir", "Ðakovo", "Ð"})
    void keepsEthOutsideVietnamese(String text) {
        assertThat(repair.repair(text).changed()).isFalse();
    }

    @Test
    void removesZeroWidthAndControlCharactersButKeepsLineBreaksAndTabs() {
        RepairResult result = repair.repair("\uFEFFChùa\u200B Vĩnh\u200C\u200D Nghiêm\u0007\r\n\tBắc Giang\u0001");

        assertThat(result.text()).isEqualTo("Chùa Vĩnh Nghiêm\n\tBắc Giang");
        assertThat(result.repairs()).containsExactly(TextRepair.INVISIBLE_REMOVED);
    }

    @Test
    void appliesEveryRepairTogether() {
        RepairResult result = repair.repair("\u200B§×nh Thæ Hµ\u0007");

        assertThat(result.text()).isEqualTo("Đình Thổ Hà");
        assertThat(result.repairs()).containsExactlyInAnyOrder(TextRepair.INVISIBLE_REMOVED, TextRepair.TCVN3_DECODED);
    }

    /** Repair runs on every text field of every row: clean text comes back as the very same string. */
    @ParameterizedTest
    @ValueSource(strings = {"BVHTTDL-0001", "Museum of Fine Arts", "Chùa Vĩnh Nghiêm", "Đình Thổ Hà, phường Vân Hà", "07798"})
    void returnsCleanTextItself(String clean) {
        RepairResult result = repair.repair(clean);

        assertThat(result.text()).isSameAs(clean);
        assertThat(result.changed()).isFalse();
    }

    @Test
    void nullAndEmptyAreUnchanged() {
        assertThat(repair.repair(null)).isEqualTo(new RepairResult(null, false, Set.of()));
        assertThat(repair.repair("").changed()).isFalse();
    }

    @Test
    void theTcvn3TableHoldsAll134LettersAsTheChartSays() {
        assertThat(Tcvn3Table.size()).isEqualTo(134);
        assertThat(LegacyEncoders.tcvn3Letters()).isEqualTo(134);
        for (int b = 0; b <= 0xFF; b++) {
            char letter = Tcvn3Table.letterAt(b);
            if (letter != '\0') {
                assertThat(LegacyEncoders.tcvn3ByteOf(letter)).as("byte of %s", letter).isEqualTo(b);
            }
        }
    }
}
