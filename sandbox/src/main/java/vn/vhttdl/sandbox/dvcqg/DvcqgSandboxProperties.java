package vn.vhttdl.sandbox.dvcqg;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the stand-in DVCQG portal ({@code sandbox.dvcqg.*}). The defaults are in code, so
 * a sandbox started with no arguments answers the hub's DVCQG connector configured with
 * user {@code hub}, password {@code hub-dvcqg-secret} and any well-formed unit code.
 */
@Validated
@ConfigurationProperties("sandbox.dvcqg")
public class DvcqgSandboxProperties {

    /** The one account the portal knows: the department's. */
    @NotBlank
    private String username = "hub";

    /**
     * Its password. A sandbox credential, not a secret of any real system; never logged. Env:
     * {@code SANDBOX_DVCQG_PASSWORD}.
     */
    @NotBlank
    private String password = "hub-dvcqg-secret";

    /**
     * Mã đơn vị the portal accepts in {@code madonvi}. Empty: any well-formed unit code
     * ({@code 000.07.24.H05}), so a rehearsal can use the department's real one.
     */
    @Pattern(regexp = "|[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}", message = "must look like 000.07.24.H05, or be empty")
    private String madonvi = "";

    /** How long a session stays valid after login; the portal then answers {@link #sessionExpiredErrorCode}. */
    @NotNull
    @DurationMin(seconds = 1)
    private Duration sessionTtl = Duration.ofMinutes(30);

    /**
     * The {@code error_code} of an answer to an expired, unknown or missing session. Deployments
     * differ (the reference could not confirm one): set it to the deployment's to rehearse.
     */
    @NotBlank
    private String sessionExpiredErrorCode = "-2";

    /** Most records one call may carry in {@code data}; a larger call is refused as invalid data. */
    @Min(1)
    @Max(10_000)
    private int maxRecordsPerCall = 100;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getMadonvi() {
        return madonvi;
    }

    public void setMadonvi(String madonvi) {
        this.madonvi = madonvi;
    }

    public Duration getSessionTtl() {
        return sessionTtl;
    }

    public void setSessionTtl(Duration sessionTtl) {
        this.sessionTtl = sessionTtl;
    }

    public String getSessionExpiredErrorCode() {
        return sessionExpiredErrorCode;
    }

    public void setSessionExpiredErrorCode(String sessionExpiredErrorCode) {
        this.sessionExpiredErrorCode = sessionExpiredErrorCode;
    }

    public int getMaxRecordsPerCall() {
        return maxRecordsPerCall;
    }

    public void setMaxRecordsPerCall(int maxRecordsPerCall) {
        this.maxRecordsPerCall = maxRecordsPerCall;
    }

    /** Keeps the password out of any log line or failure message that prints the settings. */
    @Override
    public String toString() {
        return "DvcqgSandboxProperties[username=" + username + ", password=******, madonvi=" + madonvi + ", sessionTtl="
                + sessionTtl + ", sessionExpiredErrorCode=" + sessionExpiredErrorCode + ", maxRecordsPerCall="
                + maxRecordsPerCall + "]";
    }
}
