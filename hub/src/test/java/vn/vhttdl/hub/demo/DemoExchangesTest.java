package vn.vhttdl.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vhttdl.hub.config.SourceDataSources;
import vn.vhttdl.hub.config.SourceProperties;
import vn.vhttdl.hub.connectors.source.FileDropSource;
import vn.vhttdl.hub.connectors.source.FileInbox;
import vn.vhttdl.hub.connectors.source.JdbcRowStream;
import vn.vhttdl.hub.connectors.source.RecordSink;
import vn.vhttdl.hub.datasets.DatasetType;
import vn.vhttdl.hub.datasets.Datasets;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.RecordValidator;
import vn.vhttdl.hub.exchange.ExchangeCatalog;
import vn.vhttdl.hub.exchange.ExchangeDefinition;
import vn.vhttdl.hub.exchange.ExchangeDefinitionLoader;
import vn.vhttdl.hub.exchange.Installation;
import vn.vhttdl.hub.schemas.SchemaCatalog;

/**
 * The demo as a whole, without servers: every exchange of {@code routes/} loads against the
 * demo configuration, every dataset has one, every target has a sandbox receiver (or, for the
 * DVCQG connector, a service of the sandbox portal; for the SOAP connector, the sandbox's SOAP
 * data-sharing service and its demo account) with the same format, and the demo seeder
 * fills in-memory copies of the demo databases (in the H2 mode the demo configures) in which each
 * exchange's query returns exactly the rows its seed lists, all valid but the listed ones, and
 * all valid ones accepted by the schema the sandbox validates with.
 */
class DemoExchangesTest {

    private static final Path ROOT = Path.of("..");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SourceDataSources sources;
    private static ExchangeCatalog catalog;
    private static List<String> seeded;

    @BeforeAll
    static void seedInMemoryCopiesOfTheDemoDatabases() throws IOException, SQLException {
        Map<String, SourceProperties.Source> datasources = new LinkedHashMap<>();
        demoDatasources().forEach((name, url) -> datasources.put(name, new SourceProperties.Source(
                "jdbc:h2:mem:demo-" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1" + h2Mode(url), "sa", "", 500, 2)));
        sources = new SourceDataSources(new SourceProperties(datasources));
        seeded = new DemoSourceSeeder(sources).seedAll();
        Map<String, String> connectorTypes = demoConnectors();
        Set<String> portals = new TreeSet<>();
        connectorTypes.forEach((name, type) -> {
            if ("dvcqg".equals(type)) {
                portals.add(name);
            }
        });
        catalog = new ExchangeDefinitionLoader(new SchemaCatalog(),
                Installation.of(sources.names(), connectorTypes.keySet())
                        .withSources(demoNames("rest-sources"), demoNames("file-sources"))
                        .withConnectorRules(portals, Set.of()))
                .loadAll(ROOT.resolve("routes").toAbsolutePath().normalize());
    }

    /** @return the {@code ;MODE=...} of a demo H2 URL (the one-stop system's MariaDB), or nothing */
    private static String h2Mode(String url) {
        int mode = url.toUpperCase(java.util.Locale.ROOT).indexOf(";MODE=");
        if (mode < 0) {
            return "";
        }
        int end = url.indexOf(';', mode + 1);
        return end < 0 ? url.substring(mode) : url.substring(mode, end);
    }

    @AfterAll
    static void closePools() {
        sources.destroy();
    }

    /** @return the demo's datasources: name → JDBC URL */
    private static Map<String, String> demoDatasources() throws IOException {
        JsonNode demo = YAML.readTree(ROOT.resolve("config/application-demo.yml").toFile());
        Map<String, String> urls = new TreeMap<>();
        demo.path("hub").path("datasources").fields()
                .forEachRemaining(entry -> urls.put(entry.getKey(), entry.getValue().path("url").asText()));
        return urls;
    }

    /** @return the demo's connectors: name → type ({@code rest} unless said) */
    private static Map<String, String> demoConnectors() throws IOException {
        JsonNode demo = YAML.readTree(ROOT.resolve("config/application-demo.yml").toFile());
        Map<String, String> types = new TreeMap<>();
        demo.path("hub").path("connectors").fields()
                .forEachRemaining(entry -> types.put(entry.getKey(), entry.getValue().path("type").asText("rest")));
        return types;
    }

    /** @return the services of the sandbox's DVCQG portal that take records: name → the format it validates with */
    private static Map<String, String> sandboxPortalServices() throws IOException {
        Map<String, String> services = new TreeMap<>();
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("public String name\\(\\) \\{\\s*return \"([A-Za-z]+)\";");
        java.util.regex.Pattern format = java.util.regex.Pattern.compile("String FORMAT = \"([a-z0-9/-]+)\";");
        try (var files = java.nio.file.Files.list(ROOT.resolve("sandbox/src/main/java/vn/vhttdl/sandbox/dvcqg"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Service.java")).toList()) {
                String text = java.nio.file.Files.readString(file);
                var n = name.matcher(text);
                var f = format.matcher(text);
                if (n.find() && f.find()) {
                    services.put(n.group(1), f.group(1));
                }
            }
        }
        return services;
    }

    /** The names configured under {@code hub.<group>} in the demo configuration. */
    private static Set<String> demoNames(String group) throws IOException {
        JsonNode demo = YAML.readTree(ROOT.resolve("config/application-demo.yml").toFile());
        Set<String> names = new TreeSet<>();
        demo.path("hub").path(group).fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyExchangeOfTheRoutesFolderLoadsAgainstTheDemoConfiguration() {
        assertThat(catalog.errors()).isEmpty();
        assertThat(catalog.exchanges()).hasSizeGreaterThanOrEqualTo(Datasets.all().size());
    }

    @Test
    void everyDatasetHasAnExchangeDossiersGoToTheDvcqgConnectorAndTheRestToLgspOverRestOrSoap() throws IOException {
        Map<String, String> connectorTypes = demoConnectors();
        Set<String> withExchange = new TreeSet<>();
        Set<String> overSoap = new TreeSet<>();
        for (ExchangeDefinition exchange : catalog.exchanges()) {
            withExchange.add(exchange.dataset());
            String connector = exchange.target().connector();
            if ("soap".equals(connectorTypes.get(connector))) {
                overSoap.add(exchange.id());
                assertThat(connector).as(exchange.id()).isEqualTo("lgsp-soap");
                continue;
            }
            String expected = exchange.target().format().startsWith("dvcqg/") ? "dvcqg" : "lgsp";
            assertThat(connector).as(exchange.id()).isEqualTo(expected);
        }
        assertThat(connectorTypes).containsEntry("lgsp", "rest").containsEntry("dvcqg", "dvcqg")
                .containsEntry("lgsp-soap", "soap");
        assertThat(overSoap).containsExactly("heritage-sites-soap-to-province");
        assertThat(withExchange).containsAll(Datasets.all().stream().map(DatasetType::id).toList());
    }

    @Test
    void theSoapConnectorSignsInWithTheSandboxServicesDemoAccount() throws IOException {
        JsonNode soapService = YAML.readTree(ROOT.resolve("sandbox/src/main/resources/application.yml").toFile())
                .path("sandbox").path("soap");
        JsonNode wsSecurity = YAML.readTree(ROOT.resolve("config/application-demo.yml").toFile())
                .path("hub").path("connectors").path("lgsp-soap").path("ws-security");
        assertThat(wsSecurity.path("username").asText()).isEqualTo(soapService.path("username").asText());
        // the secret from the environment, the sandbox's published demo credential as its default
        assertThat(wsSecurity.path("password").asText())
                .isEqualTo("${LGSP_SOAP_PASSWORD:" + soapService.path("password").asText() + "}");
        assertThat(soapService.path("require-digest").asBoolean()).isTrue();
        assertThat(wsSecurity.path("password-type").asText()).as("the sandbox requires a digest").isEqualTo("digest");
    }

    @Test
    void everyExchangeTargetHasASandboxReceiverOfTheSameFormat() throws IOException {
        JsonNode sandbox = YAML.readTree(ROOT.resolve("sandbox/src/main/resources/application.yml").toFile());
        Map<String, String> receivers = new HashMap<>();
        sandbox.path("sandbox").path("receivers")
                .forEach(receiver -> receivers.put(receiver.path("path").asText(), receiver.path("format").asText()));
        Map<String, String> portalServices = sandboxPortalServices();
        assertThat(portalServices).containsEntry("DongBoHoSoMC", "dvcqg/dong-bo-ho-so/v1")
                .containsEntry("CapNhatTienDoHoSoMC", "dvcqg/cap-nhat-tien-do/v1");
        // the SOAP data-sharing service takes a batch of any format the schemas know, and validates with it
        String soapService = sandbox.path("sandbox").path("soap").path("path").asText();
        SchemaCatalog schemas = new SchemaCatalog();
        Map<String, String> connectorTypes = demoConnectors();
        for (ExchangeDefinition exchange : catalog.exchanges()) {
            String type = connectorTypes.get(exchange.target().connector());
            if ("soap".equals(type)) {
                assertThat(exchange.target().path()).as(exchange.id()).isEqualTo(soapService);
                assertThat(schemas.exists(exchange.target().format())).as(exchange.id()).isTrue();
                continue;
            }
            Map<String, String> served = "dvcqg".equals(type) ? portalServices : receivers;
            assertThat(served).as(exchange.id()).containsEntry(exchange.target().path(), exchange.target().format());
        }
    }

    @Test
    void seedsEveryDemoDatabaseOnceAndNeverTwice() throws IOException, SQLException {
        assertThat(seeded).contains("heritage-source.sql", "museum-objects.sql", "tour-guides.sql", "accommodations.sql",
                "attractions.sql", "cultural-titles.sql", "library-records.sql", "sports-events.sql", "athletes.sql", "one-stop-dossiers.sql");

        assertThat(new DemoSourceSeeder(sources).seedAll()).isEmpty();
    }

    @Test
    void everyExchangeExtractsItsSeedAndRefusesExactlyTheListedRows() {
        RecordValidator validator = new RecordValidator();
        SchemaCatalog schemas = new SchemaCatalog();
        Map<String, Long> invalidByExchange = new TreeMap<>();
        // the database exchanges; the tourism API's run against the sandbox in RestPullExchangeIT, the
        // spreadsheets' sample below
        for (ExchangeDefinition exchange : catalog.exchanges().stream().filter(e -> e.source().type().equals("jdbc")).toList()) {
            DatasetType<?> dataset = Datasets.byId(exchange.dataset()).orElseThrow();
            AtomicLong read = new AtomicLong();
            AtomicLong valid = new AtomicLong();
            new JdbcRowStream(sources.get(exchange.source().datasource()), 200).stream(exchange.source().query(),
                    Map.of("since", java.time.LocalDateTime.of(1900, 1, 1, 0, 0)), row -> {
                        read.incrementAndGet();
                        if (validAndSchemaAccepted(dataset, row, exchange, validator, schemas)) {
                            valid.incrementAndGet();
                        }
                    });
            assertThat(read.get()).as(exchange.id()).isBetween(50L, 700L);
            invalidByExchange.put(exchange.id(), read.get() - valid.get());
        }
        assertThat(invalidByExchange).containsEntry("heritage-sites-to-ministry", 12L)
                .containsEntry("heritage-sites-soap-to-province", 12L)
                .containsEntry("museum-objects-to-ministry", 8L)
                .containsEntry("tour-guides-to-ministry", 7L)
                .containsEntry("accommodations-to-ministry", 8L)
                .containsEntry("attractions-to-ministry", 6L)
                .containsEntry("cultural-titles-to-ministry", 8L)
                .containsEntry("library-records-to-ministry", 7L)
                .containsEntry("library-records-marc-to-ministry", 7L)
                .containsEntry("sports-events-to-ministry", 6L)
                .containsEntry("athletes-to-ministry", 6L)
                .containsEntry("dossiers-to-dvcqg", 13L)
                .containsEntry("dossier-progress-to-dvcqg", 2L);
    }

    @Test
    void theSampleSpreadsheetOfTheFileDropExchangeHasTwoGoodRowsAndTwoBadOnes(@TempDir Path inbox) throws IOException {
        ExchangeDefinition exchange = catalog.find("accommodations-from-spreadsheets").orElseThrow();
        java.nio.file.Files.copy(ROOT.resolve("routes/samples/co-so-luu-tru-mau.csv"), inbox.resolve("co-so-luu-tru-mau.csv"));
        DatasetType<?> dataset = Datasets.byId(exchange.dataset()).orElseThrow();
        RecordValidator validator = new RecordValidator();
        SchemaCatalog schemas = new SchemaCatalog();
        List<String> valid = new java.util.ArrayList<>();
        List<String> refused = new java.util.ArrayList<>();
        new FileDropSource(new FileInbox("sample", inbox, inbox.resolve("processed"), inbox.resolve("failed"), 1 << 20, ','),
                exchange.source().file().fields(), exchange.source().key(), java.time.Clock.systemUTC())
                .stream(null, new RecordSink() {
                    @Override
                    public void row(Map<String, Object> row, String origin) {
                        (validAndSchemaAccepted(dataset, row, exchange, validator, schemas) ? valid : refused).add(origin);
                    }

                    @Override
                    public void unreadable(String origin, List<vn.vhttdl.hub.datasets.FieldError> errors) {
                        refused.add(origin);
                    }
                });
        assertThat(valid).containsExactly("co-so-luu-tru-mau.csv:2", "co-so-luu-tru-mau.csv:3");
        assertThat(refused).containsExactly("co-so-luu-tru-mau.csv:4", "co-so-luu-tru-mau.csv:5");
    }

    private static <R> boolean validAndSchemaAccepted(DatasetType<R> dataset, Map<String, Object> row,
            ExchangeDefinition exchange, RecordValidator validator, SchemaCatalog schemas) {
        RecordReport report = new RecordReport();
        R record = dataset.fromRow(row, report);
        validator.validateInto(record, report);
        if (report.hasErrors()) {
            return false;
        }
        ObjectNode payload = JSON.createObjectNode();
        payload.put("sourceKey", dataset.keyOf(record));
        payload.put("idempotencyKey", "0123456789abcdef".repeat(4));
        payload.setAll((ObjectNode) JSON.valueToTree(dataset.toFormat(exchange.target().format(), record)));
        assertThat(schemas.validate(exchange.target().format(), payload)).as("%s %s", exchange.id(), dataset.keyOf(record))
                .isEmpty();
        return true;
    }
}
