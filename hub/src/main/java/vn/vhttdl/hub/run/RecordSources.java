package vn.vhttdl.hub.run;

import com.fasterxml.jackson.core.JsonPointer;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.vhttdl.hub.config.ConnectorProperties;
import vn.vhttdl.hub.config.FileSourceProperties;
import vn.vhttdl.hub.config.RestSourceProperties;
import vn.vhttdl.hub.config.SourceDataSources;
import vn.vhttdl.hub.connectors.auth.BasicAuth;
import vn.vhttdl.hub.connectors.auth.NoAuth;
import vn.vhttdl.hub.connectors.auth.OAuth2ClientCredentials;
import vn.vhttdl.hub.connectors.auth.TargetAuth;
import vn.vhttdl.hub.connectors.source.FileDropSource;
import vn.vhttdl.hub.connectors.source.FileInbox;
import vn.vhttdl.hub.connectors.source.JdbcRecordSource;
import vn.vhttdl.hub.connectors.source.JdbcRowStream;
import vn.vhttdl.hub.connectors.source.RecordSource;
import vn.vhttdl.hub.connectors.source.RestPullQuery;
import vn.vhttdl.hub.connectors.source.RestPullSource;
import vn.vhttdl.hub.connectors.source.RestSourceEndpoint;
import vn.vhttdl.hub.exchange.ExchangeDefinition;

/**
 * Makes the {@link RecordSource} of each run from its exchange's definition and the installation's
 * configuration. What the exchanges of one API share — its HTTP client and its authentication,
 * so its token is fetched once — is made once per API.
 */
@Component
public class RecordSources {

    /** A page is held in memory while it is read: 1 GB is the most any setting gets. */
    private static final long MAX_PAGE_BYTES = 1L << 30;

    private final SourceDataSources datasources;
    private final RestSourceProperties restSources;
    private final FileSourceProperties fileSources;
    private final Clock clock;
    private final Map<String, RestSourceEndpoint> endpoints = new ConcurrentHashMap<>();
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    public RecordSources(SourceDataSources datasources, RestSourceProperties restSources, FileSourceProperties fileSources,
            Clock clock) {
        this.datasources = datasources;
        this.restSources = restSources;
        this.fileSources = fileSources;
        this.clock = clock;
    }

    /** A new source for one run of {@code exchange}. */
    public RecordSource forExchange(ExchangeDefinition exchange) {
        ExchangeDefinition.Source source = exchange.source();
        return switch (source.type()) {
            case "rest" -> rest(source);
            case "file" -> file(source);
            default -> jdbc(source);
        };
    }

    private RecordSource jdbc(ExchangeDefinition.Source source) {
        String name = source.datasource();
        int fetchSize = source.fetchSize() > 0 ? source.fetchSize() : datasources.settings(name).fetchSize();
        return new JdbcRecordSource(new JdbcRowStream(datasources.get(name), fetchSize), source.query());
    }

    private RecordSource rest(ExchangeDefinition.Source source) {
        ExchangeDefinition.Rest rest = source.rest();
        RestSourceEndpoint endpoint = endpoints.computeIfAbsent(rest.endpoint(), this::endpoint);
        Map<String, JsonPointer> fields = new LinkedHashMap<>();
        rest.fields().forEach((column, pointer) -> fields.put(column, JsonPointer.compile(pointer)));
        RestPullQuery query = new RestPullQuery(rest.path(), JsonPointer.compile(rest.items()), JsonPointer.compile(rest.nextCursor()),
                rest.cursorParam(), rest.pageSizeParam(), rest.sinceParam(), fields, source.cursor());
        return new RestPullSource(endpoint, query, clients.get(rest.endpoint()));
    }

    private RecordSource file(ExchangeDefinition.Source source) {
        String name = source.file().inbox();
        FileSourceProperties.FileSource settings = fileSources.fileSources().get(name);
        FileInbox inbox = new FileInbox(name, settings.folder(), settings.processedFolder(), settings.failedFolder(),
                settings.maxFileSize().toBytes(), settings.csvDelimiter().charAt(0));
        return new FileDropSource(inbox, source.file().fields(), source.key(), clock);
    }

    private RestSourceEndpoint endpoint(String name) {
        RestSourceProperties.RestSource settings = restSources.restSources().get(name);
        clients.computeIfAbsent(name, n -> HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build());
        RestSourceProperties.PageRetry retry = settings.retry();
        return new RestSourceEndpoint(name, URI.create(settings.baseUrl()), settings.timeout(), settings.pageSize(),
                auth(name, settings), new RestSourceEndpoint.PageRetry(retry.attempts(), retry.initialDelay(), retry.multiplier(),
                        retry.maxDelay()),
                (int) Math.min(MAX_PAGE_BYTES, settings.maxPageSize().toBytes()), settings.maxJsonDepth(),
                settings.maxStringLength());
    }

    /** The targets' authentication styles that a read API uses. */
    private TargetAuth auth(String name, RestSourceProperties.RestSource settings) {
        ConnectorProperties.Auth auth = settings.auth();
        String prefix = "hub.rest-sources." + name + ".auth.";
        switch (auth.type()) {
            case NONE:
                return new NoAuth();
            case BASIC:
                return new BasicAuth(required(auth.username(), prefix + "username"), required(auth.password(), prefix + "password"));
            case OAUTH2_CLIENT_CREDENTIALS:
                return new OAuth2ClientCredentials("rest-source-" + name, required(auth.tokenUrl(), prefix + "token-url"),
                        required(auth.clientId(), prefix + "client-id"), required(auth.clientSecret(), prefix + "client-secret"),
                        auth.refreshAhead(), settings.timeout(), clock);
            default:
                throw new IllegalStateException("Kiểu xác thực " + auth.type() + " không dùng cho API nguồn / auth type "
                        + auth.type() + " is not supported for a REST source: " + prefix + "type");
        }
    }

    private static String required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Thiếu cấu hình / missing setting: " + property);
        }
        return value;
    }
}
