package vn.vhttdl.hub.datasets.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;
import vn.vhttdl.hub.datasets.text.VietnameseTextRepair;

class CommuneReaderTest {

    private final CommuneReader reader = new CommuneReader(AdminUnits.standard(), "24");
    private final RecordReport report = new RecordReport();

    private CommuneLocation read(Object... columnsAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return reader.read(new SourceRow(row, report, new VietnameseTextRepair()), report);
    }

    @Test
    void givesTheOfficialNameOf2025ForACurrentCode() {
        assertThat(read("commune_code", "09187", "commune_name", "P. Kinh Bac"))
                .isEqualTo(new CommuneLocation("09187", "Phường Kinh Bắc", "24"));
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void padsACodeANumericColumnHeld() {
        assertThat(read("commune_code", 9187)).isEqualTo(new CommuneLocation("09187", "Phường Kinh Bắc", "24"));
    }

    @Test
    void mapsAnOldCodeWithItsOldNameAndProvince() {
        assertThat(read("commune_code", "09166", "commune_name", "Phường Đáp Cầu", "province_code", "27"))
                .isEqualTo(new CommuneLocation("09169", "Phường Vũ Ninh", "24"));
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void acceptsTheOldNameTheJanuaryListSpellsOtherwise() {
        // the conversion table writes Xã Sa Lý, the January 2025 list Xã Xa Lý
        assertThat(read("commune_code", "07540", "commune_name", "Xã Xa Lý").communeCode()).isEqualTo("07534");
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void leavesAnEmptyLocationToValidation() {
        assertThat(read("commune_code", null, "commune_name", " ")).isEqualTo(new CommuneLocation(null, null, "24"));
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void refusesOnTheCommuneCodeWhatItCannotPlace() {
        CommuneLocation location = read("commune_code", "07998", "commune_name", "Xã Tiên Phong");

        assertThat(location).isEqualTo(new CommuneLocation("07998", "Xã Tiên Phong", "24"));
        assertThat(report.errors()).containsExactly(new FieldError("communeCode",
                "Mã xã '07998' không có trong danh mục xã từ 01/7/2025 lẫn bảng chuyển đổi xã cũ",
                "Commune code '07998' is neither in the list of communes from 1 July 2025 nor in the old-to-new crosswalk"));
    }

    @Test
    void translatesOnlyPre2025CodesInTheLenientMode() {
        CommuneLocation current = new CommuneLocation("07682", "Phường Tân An", "04");
        CommuneLocation malformed = new CommuneLocation("7696", "Phường Tiền Phong", "24");
        CommuneLocation old = new CommuneLocation("07693", "Xã Tân An", "24");

        assertThat(reader.translateOldCode(current, report)).isSameAs(current);
        assertThat(reader.translateOldCode(malformed, report)).isSameAs(malformed);
        assertThat(reader.translateOldCode(old, report)).isEqualTo(new CommuneLocation("07682", "Phường Tân An", "24"));
        assertThat(report.errors()).isEmpty();
    }
}
