package vn.vhttdl.sandbox.vnpt;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the stand-in VNPT-built LGSP ({@code sandbox.lgsp-vnpt.*}, under the path
 * {@code /lgsp-vnpt}): the one application it knows (the fields of its {@code lgspaccesstoken})
 * and the routing codes it accepts. Sandbox credentials, not secrets of any real system.
 */
@Validated
@ConfigurationProperties("sandbox.lgsp-vnpt")
public class VnptLgspProperties {

    /** {@code AccessKey} of the hub's application. */
    @NotBlank
    private String accessKey = "hub-access-key";

    /** {@code SecretKey} of the hub's application; never logged or shown. Env: {@code SANDBOX_LGSPVNPT_SECRETKEY}. */
    @NotBlank
    private String secretKey = "hub-secret-key";

    /** {@code AppName} the hub's application is registered under. */
    @NotBlank
    private String appName = "HubVHTTDL";

    /** {@code PartnerCode}: the department's code. */
    @NotBlank
    private String partnerCode = "000.00.24.H04";

    /** {@code PartnerCodeCus}: the partner's code; empty: any value, the field may even be absent. */
    @NotNull
    private String partnerCodeCus = "";

    /** {@code SENDER_CODE} values the platform routes from. */
    @NotEmpty
    private List<String> senderCodes = new ArrayList<>(List.of("000.00.24.H04"));

    /** {@code RECEIVER_CODE} values the platform routes to. */
    @NotEmpty
    private List<String> receiverCodes = new ArrayList<>(List.of("000.00.00.G12"));

    /** {@code TRAN_CODE} values (services) the platform knows. */
    @NotEmpty
    private List<String> tranCodes = new ArrayList<>(List.of("VHTTDL_DI_TICH"));

    /** Life of a bearer token ({@code expires_in}). */
    @NotNull
    @DurationMin(seconds = 1)
    private Duration tokenTtl = Duration.ofHours(1);

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getAppName() {
        return appName;
    }

    public void setAppName(String appName) {
        this.appName = appName;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public void setPartnerCode(String partnerCode) {
        this.partnerCode = partnerCode;
    }

    public String getPartnerCodeCus() {
        return partnerCodeCus;
    }

    public void setPartnerCodeCus(String partnerCodeCus) {
        this.partnerCodeCus = partnerCodeCus;
    }

    public List<String> getSenderCodes() {
        return senderCodes;
    }

    public void setSenderCodes(List<String> senderCodes) {
        this.senderCodes = senderCodes;
    }

    public List<String> getReceiverCodes() {
        return receiverCodes;
    }

    public void setReceiverCodes(List<String> receiverCodes) {
        this.receiverCodes = receiverCodes;
    }

    public List<String> getTranCodes() {
        return tranCodes;
    }

    public void setTranCodes(List<String> tranCodes) {
        this.tranCodes = tranCodes;
    }

    public Duration getTokenTtl() {
        return tokenTtl;
    }

    public void setTokenTtl(Duration tokenTtl) {
        this.tokenTtl = tokenTtl;
    }

    /** Keeps the secret out of any log line or failure message that prints the settings. */
    @Override
    public String toString() {
        return "VnptLgsp[accessKey=" + accessKey + ", secretKey=******, appName=" + appName + ", partnerCode="
                + partnerCode + "]";
    }
}
