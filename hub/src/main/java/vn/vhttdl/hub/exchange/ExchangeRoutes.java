package vn.vhttdl.hub.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.config.ConnectorProperties;
import vn.vhttdl.hub.config.ConnectorTls;
import vn.vhttdl.hub.config.EngineProperties;
import vn.vhttdl.hub.config.TargetAuthFactory;
import vn.vhttdl.hub.config.WsSecurityFactory;
import vn.vhttdl.hub.connectors.auth.LgspVnptAuth;
import vn.vhttdl.hub.connectors.dvcqg.DvcqgTargetRoute;
import vn.vhttdl.hub.connectors.dvcqg.DvcqgTargetSettings;
import vn.vhttdl.hub.connectors.soap.SoapTargetRoute;
import vn.vhttdl.hub.connectors.soap.SoapTargetSettings;
import vn.vhttdl.hub.connectors.target.AnswerCheck;
import vn.vhttdl.hub.connectors.target.DeliveryOutcomes;
import vn.vhttdl.hub.connectors.target.DeliveryQueue;
import vn.vhttdl.hub.connectors.target.LgspErrorCodeCheck;
import vn.vhttdl.hub.connectors.target.RestTargetRoute;
import vn.vhttdl.hub.connectors.target.RestTargetSettings;
import vn.vhttdl.hub.connectors.target.RetryPolicy;
import vn.vhttdl.hub.schemas.soap.DataSharingContract;

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
    private final WsSecurityFactory wsSecurity;
    private final ObjectMapper json;
    private DataSharingContract soapContract;

    public ExchangeRoutes(ExchangeRegistry registry, ConnectorProperties connectors, TargetAuthFactory auths,
            EngineProperties engine, DeliveryOutcomes outcomes, ConnectorTls tls, WsSecurityFactory wsSecurity,
            ObjectMapper json) {
        this.registry = registry;
        this.tls = tls;
        this.connectors = connectors;
        this.auths = auths;
        this.engine = engine;
        this.outcomes = outcomes;
        this.wsSecurity = wsSecurity;
        this.json = json;
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

    /** The target shape of the exchange's connector, consuming its delivery queue. */
    private RouteBuilder deliveryRoute(ExchangeDefinition exchange) {
        String name = exchange.target().connector();
        ConnectorProperties.Connector connector = connectors.connectors().get(name);
        ConnectorProperties.Retry retry = connector.retry();
        // transacted: a batch leaves the queue only when its outcome is recorded; a crash returns it
        DeliveryQueue queue = new DeliveryQueue(exchange.id(),
                "jms:queue:" + engine.queuePrefix() + exchange.id() + "?transacted=true&cacheLevelName=CACHE_CONSUMER",
                "jms:queue:" + engine.deadLetterPrefix() + exchange.id(),
                new RetryPolicy(retry.attempts(), retry.initialDelay(), retry.multiplier(), retry.maxDelay()));
        return switch (connector.type()) {
            case REST -> new RestTargetRoute(restSettings(exchange, name, connector, queue), auths.circuitOf(name), outcomes);
            case DVCQG -> new DvcqgTargetRoute(new DvcqgTargetSettings(queue, exchange.target().path(),
                    auths.dvcqgClientOf(name)), auths.circuitOf(name), outcomes);
            case SOAP -> new SoapTargetRoute(new SoapTargetSettings(queue, stripSlash(connector.baseUrl())
                    + exchange.target().path(), wsSecurity.forConnector(name), connector.timeout(),
                    tls.sslContextOf(name)), auths.circuitOf(name), outcomes, soapContract(), json);
        };
    }

    private RestTargetSettings restSettings(ExchangeDefinition exchange, String name, ConnectorProperties.Connector connector,
            DeliveryQueue queue) {
        boolean vnpt = connector.auth().type() == ConnectorProperties.AuthType.LGSP_VNPT;
        // a VNPT-built LGSP routes each call by its TRAN_CODE and answers 200 with its verdict in error_code
        Map<String, String> headers = vnpt && exchange.target().tranCode() != null
                ? Map.of(LgspVnptAuth.TRAN_CODE, exchange.target().tranCode()) : Map.of();
        AnswerCheck answerCheck = vnpt ? new LgspErrorCodeCheck(connector.retriableErrorCodes()) : AnswerCheck.HTTP_STATUS_ONLY;
        return new RestTargetSettings(queue, stripSlash(connector.baseUrl()) + exchange.target().path(),
                auths.forConnector(name), connector.timeout(), headers, answerCheck, tls.sslContextOf(name));
    }

    private synchronized DataSharingContract soapContract() {
        if (soapContract == null) {
            soapContract = new DataSharingContract(); // compiled once, only when a SOAP exchange exists
        }
        return soapContract;
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
