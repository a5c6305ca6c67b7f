package vn.vhttdl.hub.exchange;

import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.config.ConnectorProperties;
import vn.vhttdl.hub.config.EngineProperties;
import vn.vhttdl.hub.config.ConnectorTls;
import vn.vhttdl.hub.config.TargetAuthFactory;
import vn.vhttdl.hub.connectors.auth.LgspVnptAuth;
import vn.vhttdl.hub.connectors.target.AnswerCheck;
import vn.vhttdl.hub.connectors.target.LgspErrorCodeCheck;
import vn.vhttdl.hub.connectors.target.DeliveryOutcomes;
import vn.vhttdl.hub.connectors.target.RestTargetRoute;
import vn.vhttdl.hub.connectors.target.RestTargetSettings;

/**
 * Turns each loaded exchange into Camel routes: {@code <id>-deliver} (the connector's target
 * shape, consuming the exchange's delivery queue) and, when it has a schedule,
 * {@code <id>-schedule} (a Quartz cron in Asia/Ho_Chi_Minh that starts a run).
 */
@Component
public class ExchangeRoutes implements CamelContextConfiguration {

    private final ExchangeRegistry registry;
    private final ConnectorProperties connectors;
    private final TargetAuthFactory auths;
    private final EngineProperties engine;
    private final DeliveryOutcomes outcomes;
    private final ConnectorTls tls;

    public ExchangeRoutes(ExchangeRegistry registry, ConnectorProperties connectors, TargetAuthFactory auths,
            EngineProperties engine, DeliveryOutcomes outcomes, ConnectorTls tls) {
        this.registry = registry;
        this.tls = tls;
        this.connectors = connectors;
        this.auths = auths;
        this.engine = engine;
        this.outcomes = outcomes;
    }

    @Override
    public void beforeApplicationStart(CamelContext camel) {
        for (ExchangeDefinition exchange : registry.catalog().exchanges()) {
            try {
                camel.addRoutes(deliveryRoute(exchange));
                if (exchange.schedule() != null && exchange.enabled()) {
                    camel.addRoutes(scheduleRoute(exchange));
                }
            } catch (Exception e) {
                throw new IllegalStateException("Cannot build the routes of exchange " + exchange.id(), e);
            }
        }
    }

    @Override
    public void afterApplicationStart(CamelContext camel) {
        // nothing to do once started
    }

    private RouteBuilder deliveryRoute(ExchangeDefinition exchange) {
        String connectorName = exchange.target().connector();
        ConnectorProperties.Connector connector = connectors.connectors().get(connectorName);
            ConnectorProperties.Retry retry = connector.retry();
            boolean vnpt = connector.auth().type() == ConnectorProperties.AuthType.LGSP_VNPT;
            // a VNPT-built LGSP routes each call by its TRAN_CODE and answers 200 with its verdict in error_code
            Map<String, String> headers = vnpt && exchange.target().tranCode() != null
                    ? Map.of(LgspVnptAuth.TRAN_CODE, exchange.target().tranCode()) : Map.of();
            AnswerCheck answerCheck = vnpt ? new LgspErrorCodeCheck(connector.retriableErrorCodes())
                    : AnswerCheck.HTTP_STATUS_ONLY;
            // transacted: a batch leaves the queue only when its outcome is recorded; a crash returns it
            String queue = "jms:queue:" + engine.queuePrefix() + exchange.id() + "?transacted=true&cacheLevelName=CACHE_CONSUMER";
            return new RestTargetRoute(new RestTargetSettings(exchange.id(), queue,
                    "jms:queue:" + engine.deadLetterPrefix() + exchange.id(),
                    stripSlash(connector.baseUrl()) + exchange.target().path(),
                    auths.forConnector(exchange.target().connector()),
                    connector.timeout(),
                    new RestTargetSettings.RetryPolicy(retry.attempts(), retry.initialDelay(), retry.multiplier(),
                            retry.maxDelay()),
                    headers, answerCheck, tls.sslContextOf(connectorName)),
                    auths.circuitOf(exchange.target().connector()),
                    outcomes);
    }

    private static RouteBuilder scheduleRoute(ExchangeDefinition exchange) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("quartz://hub/" + exchange.id() + "?cron=" + exchange.schedule().trim().replace(' ', '+')
                        + "&trigger.timeZone=Asia/Ho_Chi_Minh")
                        .routeId(exchange.id() + "-schedule")
                        .bean("scheduledRunStarter", "start('" + exchange.id() + "')");
            }
        };
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
