package vn.vhttdl.hub.datasets.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vhttdl.hub.datasets.adminunit.Resolution.Ambiguous;
import vn.vhttdl.hub.datasets.adminunit.Resolution.Resolved;
import vn.vhttdl.hub.datasets.adminunit.Resolution.Split;
import vn.vhttdl.hub.datasets.adminunit.Resolution.Unknown;
import vn.vhttdl.hub.datasets.adminunit.Resolution.Via;
import vn.vhttdl.hub.datasets.text.VietnameseFolding;

class AdminUnitsTest {

    private static final AdminUnits UNITS = AdminUnits.standard();

    /** The old communes of the former Bắc Giang and Bắc Ninh, from the January 2025 list (test resource). */
    private static final List<String[]> OLD_24_27 = new ArrayList<>();

    @BeforeAll
    static void readTheJanuary2025List() throws IOException {
        try (InputStream in = AdminUnitsTest.class.getResourceAsStream("/adminunit/old-communes-24-27-2025-01-04.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (!line.startsWith("#") && !line.startsWith("province_code") && !line.isBlank()) {
                    OLD_24_27.add(line.split(","));
                }
            }
        }
    }

    @Test
    void holdsThe2025UnitsWithTheirVersion() {
        assertThat(UNITS.provinces()).hasSize(34);
        assertThat(UNITS.provinces().stream().mapToInt(p -> UNITS.communesOf(p.code()).size()).sum()).isEqualTo(3321);
        assertThat(UNITS.version()).startsWith("2025-07-01");
        assertThat(UNITS.province("24")).get().extracting(Province::name).isEqualTo("Tỉnh Bắc Ninh");
    }

    @Test
    void holdsEveryCommuneOfTheNewBacNinh() {
        List<Commune> bacNinh = UNITS.communesOf("24");

        assertThat(bacNinh).hasSize(99);
        assertThat(bacNinh.stream().collect(Collectors.groupingBy(Commune::type, Collectors.counting())))
                .isEqualTo(Map.of(CommuneType.PHUONG, 33L, CommuneType.XA, 66L));
        assertThat(bacNinh).extracting(Commune::code).allMatch(code -> code.matches("07[2-8][0-9]{2}|09[1-5][0-9]{2}"));
    }

    @Test
    void theJanuaryListHoldsTheOldCommunesOfBothFormerProvinces() {
        assertThat(OLD_24_27.stream().filter(row -> row[0].equals("24"))).hasSize(195);
        assertThat(OLD_24_27.stream().filter(row -> row[0].equals("27"))).hasSize(121);
    }

    @Test
    void everyOldCommuneOfTheFormerBacGiangAndBacNinhResolvesByCodeToOneCommuneOfProvince24() {
        Map<String, String> unresolved = new TreeMap<>();
        for (String[] old : OLD_24_27) {
            Resolution byCode = UNITS.resolve(new LocationQuery(old[4], null, old[2], old[0]));
            if (byCode instanceof Resolved resolved) {
                assertThat(resolved.commune().provinceCode()).as(old[4]).isEqualTo("24");
                assertThat(resolved.via()).as(old[4]).isEqualTo(Via.OLD_CODE);
                assertThat(resolved.from().code()).isEqualTo(old[4]);
            } else {
                unresolved.put(old[4], byCode.messageEn());
            }
        }
        // none of them was split; a Split or Ambiguous would be an acceptable report, an Unknown would not
        assertThat(unresolved).isEmpty();
    }

    @Test
    void everyOldCommuneOfTheFormerBacGiangAndBacNinhResolvesByNameAsByCode() {
        for (String[] old : OLD_24_27) {
            Resolved byCode = (Resolved) UNITS.resolve(new LocationQuery(old[4], null, old[2], old[0]));

            Resolution byName = UNITS.resolve(new LocationQuery(null, old[5], old[3], old[1]));
            Resolution folded = UNITS.resolve(new LocationQuery(null, VietnameseFolding.fold(old[5]),
                    VietnameseFolding.fold(old[3]), VietnameseFolding.fold(old[1])));

            assertThat(byName).as(old[5]).isInstanceOf(Resolved.class);
            assertThat(((Resolved) byName).commune()).as(old[5]).isEqualTo(byCode.commune());
            assertThat(((Resolved) folded).commune()).as(old[5]).isEqualTo(byCode.commune());
        }
    }

    @Test
    void mapsTheThreeBacGiangCityCommunesTheTableLacksWithTheirNote() {
        Map<String, String> targets = new TreeMap<>();
        for (String code : List.of("07693", "07732", "07744")) {
            Resolved resolved = (Resolved) UNITS.resolve(LocationQuery.commune(code));
            targets.put(code, resolved.commune().code());
            assertThat(resolved.via()).isEqualTo(Via.OLD_CODE);
            assertThat(resolved.note()).contains("not checked against the UBTVQH resolution");
            assertThat(UNITS.crosswalk(code)).singleElement().extracting(CrosswalkLink::basis)
                    .isEqualTo(CrosswalkLink.Basis.SUPPLEMENT);
        }
        assertThat(targets).isEqualTo(Map.of("07693", "07682", "07732", "07681", "07744", "07681"));
    }

    @Test
    void everyOldCodeOfTheWholeCrosswalkResolvesToOneCommuneOrIsReportedSplit() {
        int split = 0;
        List<String> unknown = new ArrayList<>();
        for (OldCommune old : UNITS.oldCommunes()) {
            Resolution resolution = UNITS.resolve(new LocationQuery(old.code(), null, old.districtCode(), null));
            if (resolution instanceof Resolved resolved) {
                assertThat(resolved.from()).isEqualTo(old);
            } else if (resolution instanceof Split s) {
                split++;
                assertThat(s.candidates()).hasSizeGreaterThan(1);
            } else {
                unknown.add(old.code() + " " + resolution.getClass().getSimpleName());
            }
        }
        assertThat(split).isEqualTo(441);
        // exactly the supplement's communes that are withheld on purpose
        assertThat(unknown).hasSize(25).allMatch(entry -> entry.endsWith(" Unknown")
                && UNITS.crosswalk(entry.substring(0, 5)).get(0).newCommuneCode() == null);
    }

    @Test
    void everyCommuneOf2025ResolvesByItsCodeAndByItsNameWithinItsProvince() {
        List<String> ambiguous = new ArrayList<>();
        for (Province province : UNITS.provinces()) {
            for (Commune commune : UNITS.communesOf(province.code())) {
                Resolved byCode = (Resolved) UNITS.resolve(LocationQuery.commune(commune.code()));
                assertThat(byCode.commune()).isEqualTo(commune);
                assertThat(byCode.via()).isEqualTo(Via.CURRENT_CODE);

                Resolution byName = UNITS.resolve(LocationQuery.commune(commune.name()).inProvince(province.code()));
                if (byName instanceof Resolved resolved) {
                    assertThat(resolved.commune()).isEqualTo(commune);
                } else {
                    assertThat(byName).isInstanceOf(Ambiguous.class);
                    ambiguous.add(commune.code());
                }
            }
        }
        // eight pairs of communes of one province share a name once folded (Văn Lang, Văn Lăng); written with
        // marks only Xã Thanh An (25807) stays ambiguous, since without marks it may be a mistyped Xã Thạnh An
        assertThat(ambiguous).containsExactly("25807");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # code  | name                 | district           | province     | expected | via
            09187   | NULL                 | NULL               | NULL         | 09187    | CURRENT_CODE
            09187   | Phường Kinh Bắc      | NULL               | 24           | 09187    | CURRENT_CODE
            NULL    | Phường Kinh Bắc      | NULL               | NULL         | 09187    | CURRENT_NAME
            NULL    | phuong kinh bac      | NULL               | Bắc Ninh     | 09187    | CURRENT_NAME
            NULL    | P. Kinh Bắc          | NULL               | 24           | 09187    | CURRENT_NAME
            NULL    | Kinh Bac             | NULL               | Bac Ninh     | 09187    | CURRENT_NAME
            NULL    | PHƯỜNG KINH BẮC      | NULL               | Tỉnh Bắc Ninh| 09187    | CURRENT_NAME
            NULL    | Xã Ngọc Thiện        | NULL               | Bắc Giang    | 07351    | CURRENT_NAME
            NULL    | Xã Hiệp Hoà          | NULL               | 24           | 07840    | CURRENT_NAME
            NULL    | Xã Hiệp Hòa          | NULL               | 24           | 07840    | CURRENT_NAME
            07693   | NULL                 | NULL               | NULL         | 07682    | OLD_CODE
            07693   | Xã Tân An            | Thành phố Bắc Giang| Bắc Giang    | 07682    | OLD_CODE
            NULL    | Thị trấn Chờ         | NULL               | 27           | 09193    | OLD_NAME
            NULL    | TT Chờ               | Yên Phong          | Bắc Ninh     | 09193    | OLD_NAME
            NULL    | thi tran cho         | huyen yen phong    | NULL         | 09193    | OLD_NAME
            NULL    | Xã Tân An            | TP Bắc Giang       | NULL         | 07682    | OLD_NAME
            NULL    | Xã Tân An            | NULL               | Bắc Giang    | 07682    | OLD_NAME
            NULL    | Phường Từ Sơn        | NULL               | 24           | 09367    | CURRENT_NAME
            07201   | NULL                 | 213                | 24           | 07210    | OLD_CODE
            7201    | NULL                 | 213                | 24           | NULL     | NULL
            """)
    void resolvesCodesAndNamesOldAndNew(String code, String name, String district, String province, String expected,
            Via via) {
        Resolution resolution = UNITS.resolve(new LocationQuery(code, name, district, province));

        if (expected == null) {
            assertThat(resolution).isInstanceOf(Unknown.class);
            return;
        }
        assertThat(resolution).isInstanceOf(Resolved.class);
        assertThat(((Resolved) resolution).commune().code()).isEqualTo(expected);
        assertThat(((Resolved) resolution).via()).isEqualTo(via);
    }

    @Test
    void readsARecycledCodeAsTodaysUnlessTheRowNamesTheOldCommuneOrItsDistrict() {
        // 00025 was Phường Ngọc Khánh, split in 2025; today it is Phường Giảng Võ
        Resolution alone = UNITS.resolve(LocationQuery.commune("00025"));
        Resolution withOldName = UNITS.resolve(LocationQuery.commune("00025").withName("Phường Ngọc Khánh"));
        Resolution withNewName = UNITS.resolve(LocationQuery.commune("00025").withName("Phường Giảng Võ"));
        Resolution withDistrict = UNITS.resolve(LocationQuery.commune("00025").inDistrict("Quận Ba Đình"));

        assertThat(((Resolved) alone).commune().name()).isEqualTo("Phường Giảng Võ");
        assertThat(((Resolved) withNewName).via()).isEqualTo(Via.CURRENT_CODE);
        assertThat(withOldName).isInstanceOf(Split.class);
        assertThat(((Split) withDistrict).candidates()).extracting(Commune::code).containsExactly("00008", "00025", "00199");
    }

    @Test
    void reportsASplitOldCommuneWithItsCandidatesInBothLanguages() {
        Resolution resolution = UNITS.resolve(LocationQuery.commune("00007"));

        assertThat(resolution).isInstanceOf(Split.class);
        assertThat(resolution.messageVi()).isEqualTo("Xã cũ Phường Cống Vị (00007) đã bị chia cho nhiều xã mới: "
                + "Phường Ngọc Hà (00008), Phường Giảng Võ (00025); cần ghi mã xã mới");
        assertThat(resolution.messageEn()).isEqualTo("Old commune Phường Cống Vị (00007) was split between several new "
                + "communes: Phường Ngọc Hà (00008), Phường Giảng Võ (00025); give the new commune code");
    }

    @Test
    void reportsANameThatFitsSeveralCommunes() {
        Resolution nationwide = UNITS.resolve(LocationQuery.commune("Xã Tân An"));
        Resolution twinsInOneProvince = UNITS.resolve(LocationQuery.commune("Xã Thanh An").inProvince("79"));
        Resolution unmarked = UNITS.resolve(LocationQuery.commune("Xa Van Lang").inProvince("19"));
        Resolution marked = UNITS.resolve(LocationQuery.commune("Xã Văn Lăng").inProvince("19"));

        assertThat(nationwide).isInstanceOf(Ambiguous.class);
        assertThat(((Ambiguous) twinsInOneProvince).candidates()).hasSize(2)
                .containsExactly("Xã Thanh An (25807) – Thành phố Hồ Chí Minh", "Xã Thạnh An (27676) – Thành phố Hồ Chí Minh");
        assertThat(twinsInOneProvince.messageEn()).startsWith("Place 'Xã Thanh An' matches several administrative units: ");
        // folded, Văn Lang and Văn Lăng are one name; written with marks, they are two
        assertThat(((Ambiguous) unmarked).candidates()).hasSize(2);
        assertThat(((Resolved) marked).commune().code()).isEqualTo("05665");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            99999 | NULL            | NULL  | NULL | Commune code '99999' is neither in the list of communes from 1 July 2025 nor in the old-to-new crosswalk
            7696  | NULL            | NULL  | NULL | Commune code '7696' must be exactly 5 digits
            09187 | NULL            | NULL  | 01   | Commune Phường Kinh Bắc (09187) does not lie in Thành phố Hà Nội (01)
            NULL  | Xã Không Có     | NULL  | 24   | No commune named 'Xã Không Có' in Tỉnh Bắc Ninh (24) (2025 list and old communes)
            NULL  | Xã Tân An       | NULL  | 99   | Province code '99' does not exist (before or after 1 July 2025)
            NULL  | Xã Tân An       | Huyện Không Có | 24 | No old district 'Huyện Không Có' in Tỉnh Bắc Ninh (24)
            01651 | NULL            | NULL  | NULL | Old commune Xã Mỹ Hưng (01651) has no new commune yet: in the January 2025 list but not in the NSO table (early-2025 arrangement); map it by hand from the resolution
            NULL  | NULL            | NULL  | 24   | Neither a commune code nor a commune name is given
            """)
    void refusesWhatItCannotPlaceSayingWhy(String code, String name, String district, String province, String message) {
        Resolution resolution = UNITS.resolve(new LocationQuery(code, name, district, province));

        assertThat(resolution).isInstanceOf(Unknown.class);
        assertThat(resolution.messageEn()).isEqualTo(message);
        assertThat(resolution.messageVi()).isNotBlank().isNotEqualTo(message);
    }

    @Test
    void resolvesAFormerIslandDistrictWithoutCommunesToItsSpecialZone() {
        Resolution conDao = UNITS.resolve(new LocationQuery(null, null, "Huyện Côn Đảo", null));
        Resolution lucNam = UNITS.resolve(new LocationQuery(null, null, "218", "24"));

        assertThat(((Resolved) conDao).commune().name()).isEqualTo("Đặc khu Côn Đảo");
        assertThat(lucNam).isInstanceOf(Ambiguous.class);
    }
}
