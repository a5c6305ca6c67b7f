package vn.vhttdl.hub.config;

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
import vn.vhttdl.hub.connectors.target.ConnectorCircuit;

/**
 * What each connector shares among the exchanges that use it: one authentication (so they share
 * its token) and one circuit breaker (so they agree on whether the target is up).
 */
@Component
public class TargetAuthFactory {

    private final ConnectorProperties properties;
    private final ConnectorTls tls;
    private final Clock clock;
    private final Map<String, TargetAuth> auths = new ConcurrentHashMap<>();
    private final Map<String, ConnectorCircuit> circuits = new ConcurrentHashMap<>();

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
