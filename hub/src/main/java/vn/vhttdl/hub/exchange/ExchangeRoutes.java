package vn.vhttdl.hub.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.config.ConnectorProperties;
import vn.vhttdl.hub.config.EngineProperties;
import vn.vhttdl.hub.config.TargetAuthFactory;
import vn.vhttdl.hub.config.WsSecurityFactory;
import vn.vhttdl.hub.connectors.soap.SoapTargetRoute;
import vn.vhttdl.hub.connectors.soap.SoapTargetSettings;
import vn.vhttdl.hub.connectors.target.DeliveryOutcomes;
import vn.vhttdl.hub.connectors.target.RestTargetRoute;
import vn.vhttdl.hub.connectors.target.RestTargetSettings;
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
    private final WsSecurityFactory wsSecurity;
    private final ObjectMapper json;
    private DataSharingContract soapContract;

    public ExchangeRoutes(ExchangeRegistry registry, ConnectorProperties connectors, TargetAuthFactory auths,
            EngineProperties engine, DeliveryOutcomes outcomes, WsSecurityFactory wsSecurity, ObjectMapper json) {
        this.registry = registry;
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

    private RouteBuilder deliveryRoute(ExchangeDefinition exchange) {
        String name = exchange.target().connector();
        ConnectorProperties.Connector connector = connectors.connectors().get(name);
        ConnectorProperties.Retry retry = connector.retry();
        // transacted: a batch leaves the queue only when its outcome is recorded; a crash returns it
        String queue = "jms:queue:" + engine.queuePrefix() + exchange.id() + "?transacted=true&cacheLevelName=CACHE_CONSUMER";
        String deadLetters = "jms:queue:" + engine.deadLetterPrefix() + exchange.id();
        String url = stripSlash(connector.baseUrl()) + exchange.target().path();
        var retryPolicy = new RestTargetSettings.RetryPolicy(retry.attempts(), retry.initialDelay(), retry.multiplier(),
                retry.maxDelay());
        return switch (connector.type()) {
            case REST -> new RestTargetRoute(new RestTargetSettings(exchange.id(), queue, deadLetters, url,
                    auths.forConnector(name), connector.timeout(), retryPolicy), auths.circuitOf(name), outcomes);
            case SOAP -> new SoapTargetRoute(new SoapTargetSettings(exchange.id(), queue, deadLetters, url,
                    wsSecurity.forConnector(name), connector.timeout(), retryPolicy), auths.circuitOf(name), outcomes,
                    soapContract(), json);
        };
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
