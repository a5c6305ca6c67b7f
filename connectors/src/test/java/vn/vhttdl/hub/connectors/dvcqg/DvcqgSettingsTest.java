package vn.vhttdl.hub.connectors.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DvcqgSettingsTest {

    private static final URI ADAPTER = URI.create("https://dvcqg.example/adapter/");

    @Test
    void hasTheDefaultsOfARehearsal() {
        DvcqgSettings settings = DvcqgSettings.of(ADAPTER, "sovhttdl", "mat-khau", "000.07.24.H05");

        assertThat(settings.authPath()).isEqualTo("/dvcqg/login");
        assertThat(settings.servicePath()).isEqualTo("/dvcqg/service");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.chunkSize()).isEqualTo(10);
        assertThat(settings.sessionExpiredCodes()).containsExactly("-2");
        assertThat(settings.resolve(settings.servicePath())).hasToString("https://dvcqg.example/adapter/dvcqg/service");
    }

    @Test
    void neverPrintsThePassword() {
        DvcqgSettings settings = DvcqgSettings.of(ADAPTER, "sovhttdl", "mat-khau-bi-mat", "000.07.24.H05");

        assertThat(settings.toString()).doesNotContain("mat-khau-bi-mat").contains("sovhttdl", "******");
        assertThat(new DvcqgClient(settings).toString()).doesNotContain("mat-khau-bi-mat");
    }

    @Test
    void refusesABadSettingNamingIt() {
        DvcqgSettings good = DvcqgSettings.of(ADAPTER, "sovhttdl", "x", "000.07.24.H05");

        assertThatThrownBy(() -> good.withChunkSize(0)).hasMessageContaining("chunk-size");
        assertThatThrownBy(() -> good.withTimeout(Duration.ZERO)).hasMessageContaining("timeout");
        assertThatThrownBy(() -> good.withPaths("login", "/service")).hasMessageContaining("auth-path");
        assertThatThrownBy(() -> DvcqgSettings.of(URI.create("ftp://x/"), "u", "p", "m")).hasMessageContaining("base-url");
        assertThatThrownBy(() -> DvcqgSettings.of(ADAPTER, "u", " ", "m")).hasMessageContaining("password");
        assertThatThrownBy(() -> DvcqgSettings.of(ADAPTER, "u", "p", null)).hasMessageContaining("madonvi");
        assertThat(good.withSessionExpiredCodes(Set.of("-2", "401")).sessionExpiredCodes()).containsExactlyInAnyOrder("-2", "401");
    }
}
