package vn.vhttdl.hub.datasets.tthc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vhttdl.hub.datasets.FieldError;
import vn.vhttdl.hub.datasets.RecordReport;

class DvcqgCodesTest {

    static Stream<Arguments> statusValues() {
        return Stream.of(
                Arguments.of(4, DossierStatus.IN_PROGRESS),
                Arguments.of(4L, DossierStatus.IN_PROGRESS),
                Arguments.of((byte) 10, DossierStatus.RESULT_RETURNED),
                Arguments.of(new BigDecimal("10"), DossierStatus.RESULT_RETURNED),
                Arguments.of(new BigDecimal("4.00"), DossierStatus.IN_PROGRESS),
                Arguments.of("4", DossierStatus.IN_PROGRESS),
                Arguments.of(" 04 ", DossierStatus.IN_PROGRESS),
                Arguments.of("Đang xử lý", DossierStatus.IN_PROGRESS),
                Arguments.of("ĐANG XỬ LÝ", DossierStatus.IN_PROGRESS),
                Arguments.of("da tra ket qua", DossierStatus.RESULT_RETURNED),
                Arguments.of("Yêu cầu bổ sung giấy tờ", DossierStatus.SUPPLEMENT_REQUESTED),
                Arguments.of("IN_PROGRESS", DossierStatus.IN_PROGRESS));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("statusValues")
    void readsCodesAsNumbersTextOrTheirVietnameseNames(Object value, DossierStatus expected) {
        RecordReport report = new RecordReport();

        DossierStatus status = DvcqgCodes.read(DossierStatus.class, DvcqgCodeList.TRANG_THAI_HO_SO, value, "status", report);

        assertThat(status).isEqualTo(expected);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void refusesAnUnknownCodeNamingTheValueTheFieldAndTheList() {
        RecordReport report = new RecordReport();

        DossierStatus status = DvcqgCodes.read(DossierStatus.class, DvcqgCodeList.TRANG_THAI_HO_SO, 11, "status", report);

        assertThat(status).isNull();
        FieldError error = report.errors().get(0);
        assertThat(error.field()).isEqualTo("status");
        assertThat(error.messageVi()).contains("'11'", "status", "TrangThaiHoSo", "1, 2, 3, 4, 5, 6, 7, 8, 9, 10");
        assertThat(error.messageEn()).contains("'11'", "status", "TrangThaiHoSo");
    }

    @Test
    void knowsThereIsNoFeeCollectionStageThree() {
        RecordReport report = new RecordReport();

        assertThat(DvcqgCodes.read(FeeCollectionStage.class, DvcqgCodeList.HINH_THUC_THU, 4, "fees[0].collectionStage", report))
                .isEqualTo(FeeCollectionStage.ON_RESULT);
        assertThat(DvcqgCodes.read(FeeCollectionStage.class, DvcqgCodeList.HINH_THUC_THU, 3, "fees[1].collectionStage", report))
                .isNull();
        assertThat(report.errors()).extracting(FieldError::field).containsExactly("fees[1].collectionStage");
        assertThat(report.errors().get(0).messageEn()).contains("HinhThucThu", "(1, 2, 4)");
    }

    @Test
    void leavesAMissingCodeToValidation() {
        RecordReport report = new RecordReport();

        assertThat(DvcqgCodes.read(SubmissionChannel.class, DvcqgCodeList.KENH_THUC_HIEN, null, "channel", report)).isNull();
        assertThat(DvcqgCodes.read(SubmissionChannel.class, DvcqgCodeList.KENH_THUC_HIEN, "  ", "channel", report)).isNull();
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void neverQuotesPersonalDataThatLandedInACodeColumn() {
        RecordReport report = new RecordReport();

        DvcqgCodes.read(ApplicantType.class, DvcqgCodeList.LOAI_DOI_TUONG, TthcRows.CCCD, "applicantType", report);

        FieldError error = report.errors().get(0);
        assertThat(error.message()).doesNotContain(TthcRows.CCCD).contains("applicantType", "LoaiDoiTuong");
    }
}
