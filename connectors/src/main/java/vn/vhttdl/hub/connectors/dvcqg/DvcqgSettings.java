package vn.vhttdl.hub.connectors.dvcqg;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How to reach one deployment of the portal's adapter. Paths differ per deployment, so both are
 * settings; the session-expired codes are not documented anywhere the reference could check
 * (confidence G), so they are a setting too.
 *
 * @param baseUrl             the adapter, e.g. {@code https://dvcqg.example.gov.vn/adapter}; paths are appended
 * @param authPath            the login endpoint, e.g. {@code /dvcqg/login}
 * @param servicePath         the endpoint every service call goes to, e.g. {@code /dvcqg/service}
 * @param username            the department's account on the portal
 * @param password            its password; never logged, never in {@link #toString()}
 * @param madonvi             mã đơn vị: the department's unit code on the portal, e.g. {@code 000.07.24.H05}
 * @param timeout             connect timeout, and the time one call may take to answer
 * @param chunkSize           records per service call ({@code data[]}); the portal's clients push progress by ~10
 * @param sessionExpiredCodes the {@code error_code}s by which the portal says the session is no longer valid
 */
public record DvcqgSettings(URI baseUrl, String authPath, String servicePath, String username, String password,
        String madonvi, Duration timeout, int chunkSize, Set<String> sessionExpiredCodes) {

    /** Paths of the sandbox's stand-in, the defaults of a rehearsal. */
    public static final String DEFAULT_AUTH_PATH = "/dvcqg/login";
    public static final String DEFAULT_SERVICE_PATH = "/dvcqg/service";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_CHUNK_SIZE = 10;
    /** What the sandbox answers; check the deployment's documentation and override. */
    public static final Set<String> DEFAULT_SESSION_EXPIRED_CODES = Set.of("-2");

    public DvcqgSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.isAbsolute() || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
            throw new IllegalArgumentException("dvcqg base-url must be an absolute http(s) URL, not " + baseUrl);
        }
        authPath = path("auth-path", authPath);
        servicePath = path("service-path", servicePath);
        username = required("username", username);
        password = required("password", password);
        madonvi = required("madonvi", madonvi);
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("dvcqg timeout must be positive, not " + timeout);
        }
        if (chunkSize < 1 || chunkSize > 1000) {
            throw new IllegalArgumentException("dvcqg chunk-size must be between 1 and 1000, not " + chunkSize);
        }
        sessionExpiredCodes = Set.copyOf(Objects.requireNonNull(sessionExpiredCodes, "sessionExpiredCodes"));
    }

    /** The defaults of every optional setting: the sandbox's paths, 30 s, chunks of 10, code {@code -2}. */
    public static DvcqgSettings of(URI baseUrl, String username, String password, String madonvi) {
        return new DvcqgSettings(baseUrl, DEFAULT_AUTH_PATH, DEFAULT_SERVICE_PATH, username, password, madonvi,
                DEFAULT_TIMEOUT, DEFAULT_CHUNK_SIZE, DEFAULT_SESSION_EXPIRED_CODES);
    }

    public DvcqgSettings withChunkSize(int size) {
        return new DvcqgSettings(baseUrl, authPath, servicePath, username, password, madonvi, timeout, size,
                sessionExpiredCodes);
    }

    public DvcqgSettings withTimeout(Duration value) {
        return new DvcqgSettings(baseUrl, authPath, servicePath, username, password, madonvi, value, chunkSize,
                sessionExpiredCodes);
    }

    public DvcqgSettings withSessionExpiredCodes(Set<String> codes) {
        return new DvcqgSettings(baseUrl, authPath, servicePath, username, password, madonvi, timeout, chunkSize, codes);
    }

    public DvcqgSettings withPaths(String auth, String service) {
        return new DvcqgSettings(baseUrl, auth, service, username, password, madonvi, timeout, chunkSize,
                sessionExpiredCodes);
    }

    /** @return the URL of {@code path} on the adapter */
    URI resolve(String path) {
        String base = baseUrl.toString();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
    }

    @Override
    public String toString() {
        return "DvcqgSettings[baseUrl=" + baseUrl + ", authPath=" + authPath + ", servicePath=" + servicePath
                + ", username=" + username + ", password=******, madonvi=" + madonvi + ", timeout=" + timeout
                + ", chunkSize=" + chunkSize + ", sessionExpiredCodes=" + sessionExpiredCodes + "]";
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("dvcqg " + name + " is required");
        }
        return value;
    }

    private static String path(String name, String value) {
        if (value == null || !value.startsWith("/")) {
            throw new IllegalArgumentException("dvcqg " + name + " must start with '/', not " + value);
        }
        return value;
    }
}
