package vn.vhttdl.hub.datasets.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** VIQR in {@link VietnameseTextRepair}: decoded on strong evidence, ordinary ASCII punctuation left alone. */
class ViqrRepairTest {

    private final VietnameseTextRepair repair = new VietnameseTextRepair();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            DDi`nh                                 | Đình
            DDi`nh Tho^? Ha`                       | Đình Thổ Hà
            Chu`a Vi~nh Nghie^m                    | Chùa Vĩnh Nghiêm
            Xa~ Phu'c Ho`a                         | Xã Phúc Hòa
            Ti?nh Ba('c Ninh                       | Tỉnh Bắc Ninh
            Tru+o+`ng DDa.i ho.c Va(n hoa'         | Trường Đại học Văn hoá
            Vie^.t Nam                             | Việt Nam
            Vie.^t Nam                             | Việt Nam
            Dd/c Ddo^~ Va(n Ngu+~                  | Đ/c Đỗ Văn Ngữ
            DDI`NH LA`NG DDA.I BA'I                | ĐÌNH LÀNG ĐẠI BÁI
            Ha`                                    | Hà
            Phu'c                                  | Phúc
            Ba('c Ninh co' nhie^`u chu`a.          | Bắc Ninh có nhiều chùa.
            Chu`a Bu't Tha'p\\?                    | Chùa Bút Tháp?
            Ha` No^.i\\. Hie^.n nay                | Hà Nội. Hiện nay
            Na(m 1686, ddi`nh ddu+o+.c tu bo^?     | Năm 1686, đình được tu bổ
            “Chu`a Da^u” – Thua^.n Tha`nh          | “Chùa Dâu” – Thuận Thành
            Quye^'t ddi.nh 548/QDD-TTg             | Quyết định 548/QĐ-TTg
            Xem http://vhttdl.example/a.php?x=1 ve^` ddi`nh | Xem http://vhttdl.example/a.php?x=1 về đình
            """)
    void decodesViqr(String viqr, String expected) {
        RepairResult result = repair.repair(viqr);

        assertThat(result.text()).isEqualTo(expected);
        assertThat(result.changed()).isTrue();
        assertThat(result.repairs()).containsExactly(TextRepair.VIQR_DECODED);
        assertThat(repair.repair(result.text()).changed()).as("repairing twice").isFalse();
    }

    /** English and ASCII whose punctuation VIQR would read as marks, and Vietnamese typed without marks. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Is it open?", "Don't touch the statue.", "St. John's Church", "Who's there? Are you open today?",
        "Open 8 a.m. to 11 a.m.", "e.g. i.e. etc. O.K.", "Go? No.", "I'm here.", "rock 'n' roll",
        "1.5 km", "v1.2.3", "No.5, Vol.2", "Ca.1", "Price 1.200.000 VND?",
        "http://example.com/index.php?id=1&a.b=2", "www.bacgiang.gov.vn", "le.thi.a@example.com",
        "hoang.thu.hanh790@example.com", "photo.jpg, data.csv, hue.edu.vn",
        "C++ and A+ grades, O+ blood", "U+0110 and U+1EA0", "x^2 + (a+b)^2", "f(a)", "Pha(1)",
        "DD/MM/YYYY", "ADD, Eddie, Todd, odd address", "`code` and ~/.bashrc", "approx ~5 km",
        "Hanoi's Old Quarter", "O'Brien", "Ea H'Leo", "K'Bang, M'Drak",
        "Thon Dong Hoa, xa Tan Yen.", "Chua Ba Da?", "Ha Noi.", "Xa Ha(Bac Giang)", "Di tich quoc gia dac biet",
        "Chùa Ba`", "Đình Bảng?",
        // Markdown and SQL from this repository's own documents
        "- `expireIssuedTokens: true`: every token issued so far is refused", "Cleaned by `scripts/gen-admin-units.py` from",
        "JOIN bench_commune co ON co.n = g % (SELECT count(*) FROM bench_commune)"})
    void leavesOrdinaryPunctuationAlone(String text) {
        RepairResult result = repair.repair(text);

        assertThat(result.text()).isEqualTo(text);
        assertThat(result.changed()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Quan Ho.           | Quan Họ
            701/QDD-SVHTTDL    | 701/QĐ-SVHTTDL
            Ly'                | Lý
            Tha' Ly'           | Thá Lý
            Ti.nh Ma.c         | Tịnh Mạc
            """)
    void decodesWeakViqrOnlyWhenTheRowIsKnownToBeViqr(String viqr, String expected) {
        assertThat(repair.repair(viqr).changed()).isFalse();

        RepairResult result = repair.repair(viqr, TextRepair.VIQR_DECODED);

        assertThat(result.text()).isEqualTo(expected);
        assertThat(result.repairs()).containsExactly(TextRepair.VIQR_DECODED);
    }

    @Test
    void aKnownViqrRowStillLeavesWhatWouldComeOutAsGarbage() {
        assertThat(repair.repair("Hello? add", TextRepair.VIQR_DECODED).changed()).isFalse();
        assertThat(repair.repair("le.thi.a@example.com", TextRepair.VIQR_DECODED).changed()).isFalse();
    }

    @Test
    void encodesIndependentlyAsRfc1456Writes() {
        assertThat(LegacyEncoders.toViqr("Đình Thổ Hà")).isEqualTo("DDi`nh Tho^? Ha`");
        assertThat(LegacyEncoders.toViqr("Việt Nam. Nội?")).isEqualTo("Vie^.t Nam. No^.i\\?");
        assertThat(LegacyEncoders.toViqr("Trường Đại học")).isEqualTo("Tru+o+`ng DDa.i ho.c");
    }
}
