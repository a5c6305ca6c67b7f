package vn.vhttdl.hub.datasets.tthc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vhttdl.hub.datasets.tthc.TthcRows.receptionStep;
import static vn.vhttdl.hub.datasets.tthc.TthcRows.receptionStepWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.RecordValidator;
import vn.vhttdl.hub.datasets.UnsupportedFormatException;
import vn.vhttdl.hub.schemas.SchemaCatalog;

class TthcDossierProgressDatasetTest {

    private static final String FORMAT = "dvcqg/cap-nhat-tien-do/v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TthcDossierProgressDataset dataset = new TthcDossierProgressDataset();
    private final RecordValidator validator = new RecordValidator();

    private RecordReport check(Map<String, Object> row) {
        RecordReport report = new RecordReport();
        validator.validateInto(dataset.fromRow(row, report), report);
        return report;
    }

    @Test
    void mapsAStepToThePortalsProgressRecord() {
        RecordReport report = new RecordReport();
        TthcDossierProgress step = dataset.fromRow(receptionStep(), report);

        Map<String, Object> record = dataset.toFormat(FORMAT, step);

        assertThat(report.errors()).isEmpty();
        assertThat(validator.validate(step)).isEmpty();
        assertThat(dataset.keyOf(step)).isEqualTo("TD-000412");
        assertThat(record).containsExactly(
                Map.entry("MaHoSo", "000.07.24.H05-250902-00017"),
                Map.entry("NguoiXuLy", "Nguyễn Thị Thu Hà"),
                Map.entry("ChucDanh", "Chuyên viên Bộ phận một cửa"),
                Map.entry("ThoiDiemXuLy", "20250903083000"),
                Map.entry("PhongBanXuLy", "Bộ phận một cửa"),
                Map.entry("NoiDungXuLy", "Tiếp nhận hồ sơ, hẹn trả kết quả"),
                Map.entry("TrangThai", "2"),
                Map.entry("NgayBatDau", "20250903083000"),
                Map.entry("NgayKetThucTheoQuyDinh", ""));
        assertThat(new SchemaCatalog().validate(FORMAT, JSON.valueToTree(record))).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} → refused on {2}")
    @CsvSource(delimiter = '|', value = {
            "status|12|status",
            "status||status",
            "handler||handler",
            "content||content",
            "dossier_code||dossierCode",
            "handled_at||handledAt",
            "handled_at|03/09/2025|handledAt",
            "due_at|20250230000000|dueAt"})
    void refusesABadStepNamingTheField(String column, String value, String field) {
        assertThat(check(receptionStepWith(column, value)).errors()).extracting(FieldError::field).containsExactly(field);
    }

    @Test
    void supportsOnlyTheProgressFormat() {
        TthcDossierProgress step = dataset.fromRow(receptionStep(), new RecordReport());

        assertThat(dataset.id()).isEqualTo("tthc-dossier-progress");
        assertThat(dataset.recordType()).isEqualTo(TthcDossierProgress.class);
        assertThat(dataset.supportsFormat("dvcqg/dong-bo-ho-so/v1")).isFalse();
        assertThatThrownBy(() -> dataset.toFormat("dvcqg/dong-bo-ho-so/v1", step)).isInstanceOf(UnsupportedFormatException.class);
    }
}
