package vn.vhttdl.hub.connectors.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vhttdl.hub.connectors.target.HttpErrorClassifier;
import vn.vhttdl.hub.datasets.FieldError;

/**
 * Reads a paged JSON API with a cursor, one page at a time: only the page being read is in
 * memory. The first page is asked for with the watermark ({@code updatedSince}) and the page
 * size; each next one with the cursor the previous page gave, until a page gives none. The API's
 * order (update time, then id) and its cursor make the pages neither overlap nor leave gaps.
 *
 * <p>A page that fails transiently (connection error, timeout, 5xx, 429, 408, one 401 after the
 * token is renewed — {@link HttpErrorClassifier}) is asked for again, with bounded backoff; any
 * other failure (another 4xx, an answer that is not the JSON expected), or a page still failing
 * after the last attempt, fails the run without moving its watermark. Pages are parsed with size, depth and string-length limits, so a hostile or
 * broken answer cannot exhaust memory.
 */
public final class RestPullSource implements RecordSource {

    private static final Logger LOG = LoggerFactory.getLogger(RestPullSource.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int EXCERPT = 300;
    /** A cursor that comes back again means the API is looping: stop rather than read forever. */
    private static final int MAX_PAGES = 1_000_000;

    private final RestSourceEndpoint endpoint;
    private final RestPullQuery query;
    private final HttpClient http;
    private final ObjectMapper json;
    private final HttpErrorClassifier classifier = new HttpErrorClassifier();

    public RestPullSource(RestSourceEndpoint endpoint, RestPullQuery query, HttpClient http) {
        this.endpoint = endpoint;
        this.query = query;
        this.http = http;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(endpoint.maxPageBytes())
                        .maxNestingDepth(endpoint.maxDepth())
                        .maxStringLength(endpoint.maxStringChars())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        // decimals exactly as the API wrote them (21.194080 stays 21.194080): the content hash is of what was sent
        this.json = JsonMapper.builder(factory).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    }

    @Override
    public void stream(Instant since, RecordSink sink) {
        String cursor = null;
        long pages = 0;
        java.util.Set<String> seenCursors = new java.util.HashSet<>();
        do {
            pages++;
            URI uri = pageUri(since, cursor);
            JsonNode page = fetchWithRetries(uri, pages);
            JsonNode items = page.at(query.items());
            if (!items.isArray()) {
                throw new SourceReadException(describe(pages) + ": không có mảng bản ghi tại '" + query.items() + "' / no items array at '"
                        + query.items() + "'", null);
            }
            int index = 0;
            for (JsonNode item : items) {
                index++;
                if (!item.isObject()) {
                    sink.unreadable(query.path() + " page " + pages + " item " + index, List.of(new FieldError("$",
                            "Bản ghi không phải đối tượng JSON", "The item is not a JSON object")));
                    continue;
                }
                sink.row(rowOf(item), null);
            }
            JsonNode next = page.at(query.nextCursor());
            cursor = next.isTextual() && !next.asText().isEmpty() ? next.asText() : null;
            if (cursor != null && (!seenCursors.add(cursor) || pages >= MAX_PAGES)) {
                throw new SourceReadException(describe(pages) + ": API trả lại con trỏ đã dùng, dừng để tránh lặp vô hạn / "
                        + "the API returned a cursor it had given before; stopped rather than loop", null);
            }
            LOG.debug("REST source {}{}: page {} read, {} item(s)", endpoint.name(), query.path(), pages, index);
        } while (cursor != null);
        LOG.info("REST source {}{}: {} page(s) read", endpoint.name(), query.path(), pages);
    }

    private URI pageUri(Instant since, String cursor) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(query.pageSizeParam(), Integer.toString(endpoint.pageSize()));
        if (since != null && query.sinceParam() != null) {
            parameters.put(query.sinceParam(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(since.atZone(VIETNAM)));
        }
        if (cursor != null) {
            parameters.put(query.cursorParam(), cursor);
        }
        StringBuilder uri = new StringBuilder(endpoint.baseUrl().toString().replaceAll("/+$", "")).append(query.path());
        char separator = query.path().contains("?") ? '&' : '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            uri.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return URI.create(uri.toString());
    }

    /** One page, asked for again while it fails transiently and attempts remain. */
    private JsonNode fetchWithRetries(URI uri, long pageNumber) {
        AtomicInteger unauthorized = new AtomicInteger();
        RestSourceEndpoint.PageRetry policy = endpoint.retry();
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(policy.attempts())
                .retryOnException(failure -> !(failure instanceof SourceReadException)
                        && classifier.isRetriable(failure, unauthorized.get()))
                .intervalBiFunction((IntervalBiFunction<Object>) (attempt, outcome) -> waitBefore(attempt, outcome.isLeft()
                        ? outcome.getLeft() : null, unauthorized.get()))
                .build();
        Retry retry = Retry.of(endpoint.name() + query.path(), config);
        retry.getEventPublisher().onRetry(event -> LOG.warn("REST source {}{}: page {} failed ({}), attempt {} of {} in {} ms",
                endpoint.name(), query.path(), pageNumber, classifier.describe(event.getLastThrowable()),
                event.getNumberOfRetryAttempts() + 1, policy.attempts(), event.getWaitInterval().toMillis()));
        try {
            return retry.executeCheckedSupplier(() -> fetch(uri, unauthorized));
        } catch (SourceReadException e) {
            throw e;
        } catch (Throwable e) {
            if (e instanceof InterruptedException) {
                // the hub is shutting down: keep the flag for the thread's owner, and fail this run
                Thread.currentThread().interrupt();
            }
            throw new SourceReadException(describe(pageNumber) + " lỗi sau " + policy.attempts() + " lần thử tối đa: "
                    + classifier.describe(e) + " / failed (at most " + policy.attempts() + " attempts): " + classifier.describe(e), e);
        }
    }

    private long waitBefore(int attempt, Throwable failure, int unauthorizedSoFar) {
        RestSourceEndpoint.PageRetry policy = endpoint.retry();
        if (failure != null && classifier.isUnauthorized(failure) && unauthorizedSoFar <= 1) {
            return 0; // the token was renewed: no reason to wait
        }
        Duration asked = failure == null ? null : classifier.retryAfter(failure).orElse(null);
        double backoff = policy.initialDelay().toMillis() * Math.pow(policy.multiplier(), Math.max(0, attempt - 1));
        long wait = asked != null ? asked.toMillis() : (long) backoff;
        return Math.max(0, Math.min(wait, policy.maxDelay().toMillis()));
    }

    private JsonNode fetch(URI uri, AtomicInteger unauthorized) throws IOException, InterruptedException,
            HttpOperationFailedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(endpoint.timeout()).header("Accept", "application/json").GET();
        endpoint.auth().headers().forEach(request::header);
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            if (status < 200 || status > 299) {
                if (status == 401) {
                    unauthorized.incrementAndGet();
                    endpoint.auth().invalidate();
                }
                Map<String, String> headers = new HashMap<>();
                response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
                throw new HttpOperationFailedException(uri.getPath(), status, "", null, headers, excerpt(body));
            }
            // the page is held once as bytes and once as a tree; its size is bounded before either
            byte[] bytes = body.readNBytes(endpoint.maxPageBytes() + 1);
            if (bytes.length > endpoint.maxPageBytes()) {
                throw new SourceReadException(describeUri(uri) + ": trang lớn hơn " + endpoint.maxPageBytes()
                        + " byte / the page breaks the size limit of " + endpoint.maxPageBytes() + " bytes", null);
            }
            try (JsonParser parser = json.createParser(bytes)) {
                JsonNode page = json.readTree(parser);
                if (page == null || !page.isObject()) {
                    throw new SourceReadException(describeUri(uri) + ": trang không phải đối tượng JSON / the page is not a JSON object",
                            null);
                }
                return page;
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                // the parser's message may quote the page's content: only its kind and location are kept
                throw new SourceReadException(describeUri(uri) + ": trang không phải JSON hợp lệ hoặc vượt giới hạn / "
                        + "the page is not valid JSON or breaks a size limit (" + e.getClass().getSimpleName()
                        + (e.getLocation() == null ? "" : " at byte " + e.getLocation().getByteOffset()) + ")", e);
            }
        }
    }

    private Map<String, Object> rowOf(JsonNode item) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (query.fields().isEmpty()) {
            Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                row.put(field.getKey().toLowerCase(Locale.ROOT), valueOf(field.getValue()));
            }
        } else {
            query.fields().forEach((column, pointer) -> row.put(column, valueOf(item.at(pointer))));
        }
        String watermark = query.watermarkColumn();
        if (watermark != null && row.get(watermark) instanceof String text) {
            try {
                row.put(watermark, OffsetDateTime.parse(text));
            } catch (DateTimeParseException notAnOffsetTime) {
                // left as text: the dataset reports it, and the watermark ignores it
            }
        }
        return row;
    }

    private static Object valueOf(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? value.bigIntegerValue() : value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.toString();
    }

    private String describe(long page) {
        return "Nguồn REST " + endpoint.name() + query.path() + " trang " + page + " / REST source " + endpoint.name()
                + query.path() + " page " + page;
    }

    private String describeUri(URI uri) {
        return "Nguồn REST / REST source " + endpoint.name() + " " + uri.getPath();
    }

    private static String excerpt(InputStream body) throws IOException {
        String text = new String(body.readNBytes(EXCERPT), StandardCharsets.UTF_8);
        return text.strip();
    }
}
