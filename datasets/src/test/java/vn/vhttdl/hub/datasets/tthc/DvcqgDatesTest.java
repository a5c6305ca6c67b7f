package vn.vhttdl.hub.datasets.tthc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;
import vn.vhttdl.hub.datasets.text.VietnameseTextRepair;

class DvcqgDatesTest {

    private static final VietnameseTextRepair REPAIR = new VietnameseTextRepair();

    private static Instant read(Object value, RecordReport report) {
        java.util.HashMap<String, Object> row = new java.util.HashMap<>();
        row.put("due_at", value);
        return DvcqgDates.read(new SourceRow(row, report, REPAIR), "due_at", "dueAt", report);
    }

    @Test
    void writesVietnamsTimeWithoutSeparators() {
        assertThat(DvcqgDates.format(Instant.parse("2025-09-17T09:30:00Z"))).isEqualTo("20250917163000");
        // a UTC evening is the next morning in Hà Nội
        assertThat(DvcqgDates.format(Instant.parse("2025-12-31T17:00:00.789Z"))).isEqualTo("20260101000000");
    }

    @Test
    void writesNoDateAsAnEmptyString() {
        assertThat(DvcqgDates.format(null)).isEmpty();
    }

    @Test
    void readsThePortalsOwnFormatAsVietnamsTime() {
        RecordReport report = new RecordReport();

        assertThat(read("20250917163000", report)).isEqualTo(Instant.parse("2025-09-17T09:30:00Z"));
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void readsTypedColumnsAndIsoTextAsTheHubsSourcesStoreThem() {
        RecordReport report = new RecordReport();

        assertThat(read(Timestamp.valueOf(LocalDateTime.parse("2025-09-17T09:30:00")), report))
                .isEqualTo(Instant.parse("2025-09-17T09:30:00Z"));
        assertThat(read("2025-09-17T16:30:00+07:00", report)).isEqualTo(Instant.parse("2025-09-17T09:30:00Z"));
        assertThat(read(null, report)).isNull();
        assertThat(read("  ", report)).isNull();
        assertThat(report.errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/12/2025", "20250231163000", "20251301000000", "2025-13-01", "17/09/2025 16:30", "hôm nay"})
    void refusesAWrongDateNamingTheField(String value) {
        RecordReport report = new RecordReport();

        assertThat(read(value, report)).isNull();

        assertThat(report.errors()).hasSize(1);
        FieldError error = report.errors().get(0);
        assertThat(error.field()).isEqualTo("dueAt");
        assertThat(error.messageVi()).contains("dueAt", value);
        assertThat(error.messageEn()).contains("dueAt", value);
    }

    @Test
    void readsTheSameInstantWhateverTheColumnType() {
        Map<Object, Instant> same = Map.of(
                "20250917163000", Instant.parse("2025-09-17T09:30:00Z"),
                "2025-09-17 09:30:00", Instant.parse("2025-09-17T09:30:00Z"),
                LocalDateTime.parse("2025-09-17T09:30:00"), Instant.parse("2025-09-17T09:30:00Z"));
        same.forEach((value, instant) -> assertThat(read(value, new RecordReport())).as("%s", value).isEqualTo(instant));
    }
}
