package vn.vhttdl.hub.config;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.connectors.auth.BasicAuth;
import vn.vhttdl.hub.connectors.auth.LgspAccessToken;
import vn.vhttdl.hub.connectors.auth.LgspVnptAuth;
import vn.vhttdl.hub.connectors.auth.NoAuth;
import vn.vhttdl.hub.connectors.auth.OAuth2ClientCredentials;
import vn.vhttdl.hub.connectors.auth.TargetAuth;
import vn.vhttdl.hub.connectors.dvcqg.DvcqgClient;
import vn.vhttdl.hub.connectors.dvcqg.DvcqgSettings;
import vn.vhttdl.hub.connectors.target.ConnectorCircuit;

/**
 * What each connector shares among the exchanges that use it: one authentication (so they share
 * its token), for a DVCQG connector one client (so they share its session), and one circuit
 * breaker (so they agree on whether the target is up).
 */
@Component
public class TargetAuthFactory {

    private final ConnectorProperties properties;
    private final ConnectorTls tls;
    private final Clock clock;
    private final Map<String, TargetAuth> auths = new ConcurrentHashMap<>();
    private final Map<String, ConnectorCircuit> circuits = new ConcurrentHashMap<>();
    private final Map<String, DvcqgClient> portals = new ConcurrentHashMap<>();

    public TargetAuthFactory(ConnectorProperties properties, ConnectorTls tls, Clock clock) {
        this.properties = properties;
        this.tls = tls;
        this.clock = clock;
    }

    public TargetAuth forConnector(String name) {
        return auths.computeIfAbsent(name, this::create);
    }

    public ConnectorCircuit circuitOf(String name) {
        return circuits.computeIfAbsent(name, n -> {
            ConnectorProperties.Circuit circuit = properties.connectors().get(n).circuit();
            return new ConnectorCircuit(n, circuit.failureRate(), circuit.minimumCalls(), circuit.waitInOpen());
        });
    }

    /** @return the client of DVCQG connector {@code name}, holding its one session */
    public DvcqgClient dvcqgClientOf(String name) {
        return portals.computeIfAbsent(name, this::createPortalClient);
    }

    private DvcqgClient createPortalClient(String name) {
        ConnectorProperties.Connector connector = properties.connectors().get(name);
        String prefix = "hub.connectors." + name + ".";
        if (connector.type() != ConnectorProperties.Type.DVCQG) {
            throw new IllegalStateException("Kết nối không phải DVCQG / not a DVCQG connector: " + prefix + "type");
        }
        ConnectorProperties.Auth auth = connector.auth();
        if (auth.type() != ConnectorProperties.AuthType.DVCQG_SESSION) {
            throw new IllegalStateException("Kết nối DVCQG cần auth.type dvcqg-session / a DVCQG connector needs "
                    + prefix + "auth.type: dvcqg-session, not " + auth.type());
        }
        ConnectorProperties.Portal portal = connector.portal();
        URI baseUrl;
        try {
            baseUrl = URI.create(connector.baseUrl());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Địa chỉ sai / malformed URL: " + prefix + "base-url", e);
        }
        try {
            return new DvcqgClient(new DvcqgSettings(baseUrl, portal.loginPath(), portal.servicePath(),
                    required(auth.username(), prefix + "auth.username"), required(auth.password(), prefix + "auth.password"),
                    required(portal.madonvi(), prefix + "portal.madonvi"), connector.timeout(), portal.chunkSize(),
                    portal.sessionExpiredCodes()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Cấu hình DVCQG sai / bad DVCQG setting under " + prefix + ": " + e.getMessage(), e);
        }
    }

    private TargetAuth create(String name) {
        ConnectorProperties.Connector connector = properties.connectors().get(name);
        ConnectorProperties.Auth auth = connector.auth();
        String prefix = "hub.connectors." + name + ".auth.";
        return switch (auth.type()) {
            case NONE -> new NoAuth();
            case BASIC -> new BasicAuth(required(auth.username(), prefix + "username"), required(auth.password(), prefix + "password"));
            case OAUTH2_CLIENT_CREDENTIALS -> new OAuth2ClientCredentials(name, required(auth.tokenUrl(), prefix + "token-url"),
                    required(auth.clientId(), prefix + "client-id"), required(auth.clientSecret(), prefix + "client-secret"),
                    auth.refreshAhead(), connector.timeout(), tls.sslContextOf(name), clock);
            // the session travels in the body, not in headers: the connector's DvcqgClient holds it
            case DVCQG_SESSION -> throw new IllegalStateException("auth.type dvcqg-session chỉ dùng với type dvcqg / "
                    + "is for type: dvcqg only: " + prefix + "type");
            case LGSP_VNPT -> lgspVnpt(name, connector, prefix);
        };
    }

    private LgspVnptAuth lgspVnpt(String name, ConnectorProperties.Connector connector, String prefix) {
        ConnectorProperties.Auth auth = connector.auth();
        ConnectorProperties.Routing routing = connector.routing();
        String routingPrefix = "hub.connectors." + name + ".routing.";
        LgspAccessToken identity = new LgspAccessToken(required(auth.accessKey(), prefix + "access-key"),
                required(auth.secretKey(), prefix + "secret-key"), required(auth.appName(), prefix + "app-name"),
                required(auth.partnerCode(), prefix + "partner-code"), auth.partnerCodeCus());
        return new LgspVnptAuth(name, required(auth.tokenUrl(), prefix + "token-url"), identity,
                required(routing.senderCode(), routingPrefix + "sender-code"),
                required(routing.receiverCode(), routingPrefix + "receiver-code"), routing.tranCode(),
                auth.refreshAhead(), connector.timeout(), tls.sslContextOf(name), clock);
    }

    private static String required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Thiếu cấu hình / missing setting: " + property);
        }
        return value;
    }
}
