package vn.vhttdl.hub.connectors.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DvcqgErrorClassifierTest {

    private final DvcqgErrorClassifier classifier = new DvcqgErrorClassifier();

    @ParameterizedTest(name = "HTTP {0} retriable: {1}")
    @CsvSource({"500,true", "502,true", "503,true", "504,true", "429,true", "408,true",
            "400,false", "401,false", "403,false", "404,false", "413,false"})
    void classifiesHttpAnswers(int status, boolean retriable) {
        assertThat(classifier.isRetriable(new DvcqgTransportException("DongBoHoSoMC", status, ""))).isEqualTo(retriable);
    }

    @Test
    void aCallWithoutAnswerIsRetriable() {
        assertThat(classifier.isRetriable(new DvcqgTransportException("DongBoHoSoMC", new ConnectException("Connection refused"))))
                .isTrue();
        assertThat(classifier.isRetriable(new DvcqgTransportException("DongBoHoSoMC", new HttpTimeoutException("timed out"))))
                .isTrue();
        assertThat(classifier.isRetriable(new IllegalStateException("wrapped", new IOException("reset")))).isTrue();
    }

    @Test
    void businessRefusalsArePermanentButAlreadyExistsIsNot() {
        assertThat(classifier.isRetriable(new DvcqgRejectedException("DongBoHoSoMC", "2", "Dữ liệu không hợp lệ", List.of("A"))))
                .isFalse();
        assertThat(classifier.isRetriable(new DvcqgRejectedException("DongBoHoSoMC", "4", "Hồ sơ không tồn tại", List.of("A"))))
                .isFalse();
        assertThat(classifier.isRetriable(new DvcqgRejectedException("DongBoHoSoMC", "3", "Hồ sơ đã tồn tại", List.of("A"))))
                .isTrue();
        assertThat(classifier.isRetriable(new DvcqgRejectedException("DongBoHoSoMC", "-3", "", List.of("A")))).isTrue();
    }

    @Test
    void loginAndProtocolFailuresNeedAnOperator() {
        assertThat(classifier.isRetriable(new DvcqgLoginException("hub", "1", "Sai mật khẩu"))).isFalse();
        assertThat(classifier.isRetriable(new DvcqgProtocolException("DongBoHoSoMC", "answer is not JSON", null))).isFalse();
        assertThat(classifier.isRetriable(new IllegalArgumentException("bad record"))).isFalse();
    }

    @Test
    void aSessionRefusedAfterANewLoginIsRetriedLater() {
        assertThat(classifier.isRetriable(new DvcqgSessionExpiredException("CapNhatTienDoHoSoMC", "-2"))).isTrue();
    }

    @Test
    void aPartialDeliveryIsClassifiedByItsCause() {
        assertThat(classifier.isRetriable(new DvcqgPartialDeliveryException("CapNhatTienDoHoSoMC", 1, 3,
                new DvcqgTransportException("CapNhatTienDoHoSoMC", 503, "")))).isTrue();
        assertThat(classifier.isRetriable(new DvcqgPartialDeliveryException("CapNhatTienDoHoSoMC", 1, 3,
                new DvcqgRejectedException("CapNhatTienDoHoSoMC", "4", "", List.of("A"))))).isFalse();
    }

    @Test
    void aStoppingHubIsNotRetried() {
        assertThat(classifier.isRetriable(new DvcqgTransportException("DongBoHoSoMC", new InterruptedException()))).isFalse();
    }

    @Test
    void describesTheFailureInOneLine() {
        DvcqgPartialDeliveryException failure = new DvcqgPartialDeliveryException("CapNhatTienDoHoSoMC", 2, 3,
                new DvcqgTransportException("CapNhatTienDoHoSoMC", 503, "Service Unavailable"));

        assertThat(classifier.describe(failure))
                .isEqualTo("DVCQG CapNhatTienDoHoSoMC: chunk 3 of 3 failed after 2 accepted: "
                        + "DVCQG CapNhatTienDoHoSoMC: HTTP 503: Service Unavailable");
        assertThat(classifier.describe(new IllegalStateException("x", new ConnectException("Connection refused"))))
                .isEqualTo("ConnectException: Connection refused");
        assertThat(classifier.describe(new DvcqgRejectedException("DongBoHoSoMC", "2", "Trường NgayHenTra sai định dạng",
                List.of("000.07.24.H05-250902-00017"))))
                .isEqualTo("DVCQG DongBoHoSoMC: refused with error_code 2 (Trường NgayHenTra sai định dạng) "
                        + "for MaHoSo [000.07.24.H05-250902-00017]");
    }
}
