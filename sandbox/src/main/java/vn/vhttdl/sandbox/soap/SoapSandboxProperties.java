package vn.vhttdl.sandbox.soap;

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
 * Settings of the stand-in SOAP data-sharing service ({@code sandbox.soap.*}). The defaults let a
 * hub SOAP connector with user {@code hub}, password {@code hub-soap-secret} and a digest
 * UsernameToken talk to a sandbox started with no arguments.
 */
@Validated
@ConfigurationProperties("sandbox.soap")
public class SoapSandboxProperties {

    /** Where CXF's servlet answers; the service path lies under it. */
    public static final String SERVLET_PREFIX = "/ws";

    /** The service's path; also the key of what it received in the control API. */
    @NotBlank
    @Pattern(regexp = "/ws(/[A-Za-z0-9._~-]+)+", message = "must lie under /ws/, e.g. /ws/lgsp/data-sharing/v1")
    private String path = "/ws/lgsp/data-sharing/v1";

    /** The one account the service knows. */
    @NotBlank
    private String username = "hub";

    /** Its password; a sandbox credential, never logged. Env: {@code SANDBOX_SOAP_PASSWORD}. */
    @NotBlank
    private String password = "hub-soap-secret";

    /** Whether the UsernameToken must carry a digest (true), or may also carry the password as text (false). */
    private boolean requireDigest = true;

    /** Whether every message must be signed with a certificate from {@link #truststore}. */
    private boolean requireSignature = false;

    /** Oldest Timestamp (and UsernameToken {@code Created}) accepted. */
    @NotNull
    @DurationMin(seconds = 1)
    private Duration timestampTtl = Duration.ofMinutes(5);

    /** How far in the future a Timestamp may start: the clocks of two servers never agree exactly. */
    @NotNull
    private Duration clockSkew = Duration.ofSeconds(60);

    /**
     * PKCS#12 or JKS file of the certificates whose signatures are trusted; empty: no signature can
     * be verified, so a signed message is refused.
     */
    private String truststore = "";

    /** Password of {@link #truststore}. */
    private String truststorePassword = "";

    /** Type of {@link #truststore}. */
    @NotBlank
    private String truststoreType = "PKCS12";

    /** Deepest XML nesting read; a SOAP message of this contract is at most about ten deep. */
    @Min(8)
    @Max(1000)
    private int maxElementDepth = 32;

    /** Most elements one message may hold (a batch of 10,000 records has some 40,000). */
    @Min(100)
    private long maxElementCount = 50_000;

    /** Longest text of one element, in characters (a record's JSON). */
    @Min(1024)
    private int maxTextLength = 1_000_000;

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

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

    public boolean isRequireDigest() {
        return requireDigest;
    }

    public void setRequireDigest(boolean requireDigest) {
        this.requireDigest = requireDigest;
    }

    public boolean isRequireSignature() {
        return requireSignature;
    }

    public void setRequireSignature(boolean requireSignature) {
        this.requireSignature = requireSignature;
    }

    public Duration getTimestampTtl() {
        return timestampTtl;
    }

    public void setTimestampTtl(Duration timestampTtl) {
        this.timestampTtl = timestampTtl;
    }

    public Duration getClockSkew() {
        return clockSkew;
    }

    public void setClockSkew(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }

    public String getTruststore() {
        return truststore;
    }

    public void setTruststore(String truststore) {
        this.truststore = truststore;
    }

    public String getTruststorePassword() {
        return truststorePassword;
    }

    public void setTruststorePassword(String truststorePassword) {
        this.truststorePassword = truststorePassword;
    }

    public String getTruststoreType() {
        return truststoreType;
    }

    public void setTruststoreType(String truststoreType) {
        this.truststoreType = truststoreType;
    }

    public int getMaxElementDepth() {
        return maxElementDepth;
    }

    public void setMaxElementDepth(int maxElementDepth) {
        this.maxElementDepth = maxElementDepth;
    }

    public long getMaxElementCount() {
        return maxElementCount;
    }

    public void setMaxElementCount(long maxElementCount) {
        this.maxElementCount = maxElementCount;
    }

    public int getMaxTextLength() {
        return maxTextLength;
    }

    public void setMaxTextLength(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    /** @return the service's address relative to CXF's servlet */
    public String servicePathInServlet() {
        return path.substring(SERVLET_PREFIX.length());
    }

    @Override
    public String toString() {
        return "SoapSandbox[path=" + path + ", username=" + username + ", password=******, requireDigest=" + requireDigest
                + ", requireSignature=" + requireSignature + ", truststore=" + truststore + "]";
    }
}
