package vn.vhttdl.sandbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the sandbox ({@code sandbox.*}). Every default lets the hub's own defaults talk to
 * a sandbox started with no arguments.
 */
@Validated
@ConfigurationProperties("sandbox")
public class SandboxProperties {

    /** The one OAuth2 client the token endpoint knows: the hub. */
    @Valid
    @NotNull
    private OAuth2 oauth2 = new OAuth2();

    /**
     * The receivers the sandbox stands in for: each is a {@code POST <path>} accepting batches
     * of records in one format. Setting {@code sandbox.receivers[0].*} replaces the default list.
     */
    @Valid
    @NotEmpty
    private List<Receiver> receivers = new ArrayList<>(
            List.of(new Receiver("/vhttdl/1.0/di-tich", "ministry/heritage-site/v1")));

    /** Largest request body a receiver reads; a larger batch is refused with 413 without being parsed. */
    @NotNull
    private DataSize maxBatchSize = DataSize.ofMegabytes(20);

    /** Deepest JSON nesting a receiver parses; records are flat, so anything deeper is an attack or a bug. */
    @Min(4)
    @Max(1000)
    private int maxJsonDepth = 64;

    /** Longest JSON string value a receiver parses, in characters (a record's moTa is at most 20,000). */
    @Min(1024)
    private int maxJsonStringLength = 1_000_000;

    public OAuth2 getOauth2() {
        return oauth2;
    }

    public void setOauth2(OAuth2 oauth2) {
        this.oauth2 = oauth2;
    }

    public List<Receiver> getReceivers() {
        return receivers;
    }

    public void setReceivers(List<Receiver> receivers) {
        this.receivers = receivers;
    }

    public DataSize getMaxBatchSize() {
        return maxBatchSize;
    }

    public void setMaxBatchSize(DataSize maxBatchSize) {
        this.maxBatchSize = maxBatchSize;
    }

    public int getMaxJsonDepth() {
        return maxJsonDepth;
    }

    public void setMaxJsonDepth(int maxJsonDepth) {
        this.maxJsonDepth = maxJsonDepth;
    }

    public int getMaxJsonStringLength() {
        return maxJsonStringLength;
    }

    public void setMaxJsonStringLength(int maxJsonStringLength) {
        this.maxJsonStringLength = maxJsonStringLength;
    }

    /** The OAuth2 client (client_credentials, client_secret_basic) and the life of its tokens. */
    public static class OAuth2 {

        /** Client id the hub sends as the HTTP Basic user name at {@code POST /token}. */
        @NotBlank
        private String clientId = "hub";

        /** Client secret the hub sends as the HTTP Basic password. Never logged. */
        @NotBlank
        private String clientSecret = "hub-secret";

        /** Life of an access token; {@code expires_in} of the token answer. */
        @NotNull
        @DurationMin(seconds = 1)
        private Duration tokenTtl = Duration.ofHours(1);

        /**
         * Issuer ({@code iss}) written into tokens, e.g. {@code https://lgsp.example/}. Empty: the
         * scheme, host and port the token request arrived on, so the sandbox works on any port.
         */
        private String issuer = "";

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getClientSecret() {
            return clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }

        public Duration getTokenTtl() {
            return tokenTtl;
        }

        public void setTokenTtl(Duration tokenTtl) {
            this.tokenTtl = tokenTtl;
        }

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }

        /** Keeps the secret out of any log line or failure message that prints the settings. */
        @Override
        public String toString() {
            return "OAuth2[clientId=" + clientId + ", clientSecret=******, tokenTtl=" + tokenTtl + "]";
        }
    }

    /** One receiver: the resource path on the platform and the record format it accepts. */
    public static class Receiver {

        /** Resource path, {@code /{context}/{version}/{resource}} as on the platform's gateway. */
        @NotBlank
        @Pattern(regexp = "/[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*",
                message = "must be an absolute path of letters, digits and . _ ~ - (e.g. /vhttdl/1.0/di-tich)")
        private String path;

        /** Record format (a schema in the schemas module), e.g. {@code ministry/heritage-site/v1}. */
        @NotBlank
        private String format;

        public Receiver() {
        }

        public Receiver(String path, String format) {
            this.path = path;
            this.format = format;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public String getFormat() {
            return format;
        }

        public void setFormat(String format) {
            this.format = format;
        }

        @Override
        public String toString() {
            return path + " (" + format + ")";
        }
    }
}
