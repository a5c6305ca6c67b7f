package vn.vhttdl.hub.exchange;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.config.ConnectorProperties;
import vn.vhttdl.hub.config.EngineProperties;
import vn.vhttdl.hub.config.FileSourceProperties;
import vn.vhttdl.hub.config.RestSourceProperties;
import vn.vhttdl.hub.config.SourceDataSources;
import vn.vhttdl.hub.schemas.SchemaCatalog;

/** The exchanges this hub runs, loaded once at start from {@code hub.routes-dir}. */
@Component
public class ExchangeRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeRegistry.class);

    private final ExchangeCatalog catalog;

    public ExchangeRegistry(EngineProperties engine, SchemaCatalog schemas, SourceDataSources sources,
            ConnectorProperties connectors, RestSourceProperties restSources, FileSourceProperties fileSources) {
        Installation installation = Installation.of(sources.names(), connectors.connectors().keySet())
                .withSources(restSources.restSources().keySet(), fileSources.fileSources().keySet())
                .withConnectorRules(portals(connectors), needTranCode(connectors));
        ExchangeDefinitionLoader loader = new ExchangeDefinitionLoader(schemas, installation);
        this.catalog = loader.loadAll(engine.routesDir().toAbsolutePath().normalize());
        catalog.exchanges().forEach(e -> LOG.info("Exchange {} loaded from {}", e.id(), e.file().getFileName()));
        // one line per problem, so an administrator can fix the file without reading a stack trace
        catalog.errors().forEach(e -> LOG.error("Exchange definition refused: {}", e.describe()));
    }

    private static java.util.Set<String> portals(ConnectorProperties connectors) {
        return connectors.connectors().entrySet().stream()
                .filter(entry -> entry.getValue().type() == ConnectorProperties.Type.DVCQG)
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static java.util.Set<String> needTranCode(ConnectorProperties connectors) {
        return connectors.connectors().entrySet().stream()
                .filter(c -> c.getValue().auth().type() == ConnectorProperties.AuthType.LGSP_VNPT)
                .filter(c -> c.getValue().routing().tranCode() == null || c.getValue().routing().tranCode().isBlank())
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    public ExchangeCatalog catalog() {
        return catalog;
    }

    /** @return the definition errors grouped by file, as the API lists them */
    public Map<String, java.util.List<DefinitionError>> errorsByFile() {
        return catalog.errors().stream().collect(java.util.stream.Collectors.groupingBy(DefinitionError::file,
                java.util.TreeMap::new, java.util.stream.Collectors.toList()));
    }
}
