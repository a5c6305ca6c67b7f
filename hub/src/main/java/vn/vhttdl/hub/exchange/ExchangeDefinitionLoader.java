package vn.vhttdl.hub.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.quartz.CronExpression;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import vn.vhttdl.hub.datasets.DatasetType;
import vn.vhttdl.hub.datasets.Datasets;
import vn.vhttdl.hub.connectors.dvcqg.DvcqgTargetSettings;
import vn.vhttdl.hub.schemas.SchemaCatalog;
import vn.vhttdl.hub.schemas.SchemaViolation;

/**
 * Reads {@code routes/*.yaml}: each file is checked against the exchange-definition schema (with
 * the fields each source type requires) and against this installation (datasets, datasources,
 * REST sources, file inboxes, connectors, SQL files). A bad file is
 * reported with file, line and field, in Vietnamese and English, and the others load regardless.
 */
public final class ExchangeDefinitionLoader {

    static final String DEFINITION_SCHEMA = "exchange-definition/v1";
    private static final int DEFAULT_BATCH_SIZE = 500;

    private final SchemaCatalog schemas;
    private final Installation installation;

    /** A loader for an installation with databases and plain REST connectors only. */
    public ExchangeDefinitionLoader(SchemaCatalog schemas, Set<String> datasources, Set<String> connectors) {
        this(schemas, Installation.of(datasources, connectors));
    }

    public ExchangeDefinitionLoader(SchemaCatalog schemas, Installation installation) {
        this.schemas = schemas;
        this.installation = installation;
    }

    /** Loads every {@code *.yaml} file of {@code routesDir}, in name order. */
    public ExchangeCatalog loadAll(Path routesDir) {
        List<ExchangeDefinition> loaded = new ArrayList<>();
        List<DefinitionError> errors = new ArrayList<>();
        if (!Files.isDirectory(routesDir)) {
            errors.add(new DefinitionError(routesDir.toString(), 0, "$",
                    "Không tìm thấy thư mục định nghĩa luồng", "The routes folder does not exist"));
            return new ExchangeCatalog(loaded, errors);
        }
        try (Stream<Path> files = Files.list(routesDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                List<DefinitionError> fileErrors = new ArrayList<>();
                ExchangeDefinition definition = load(routesDir, file, fileErrors);
                if (fileErrors.isEmpty() && definition != null) {
                    loaded.add(definition);
                } else {
                    errors.addAll(fileErrors);
                }
            }
        } catch (IOException e) {
            errors.add(new DefinitionError(routesDir.toString(), 0, "$",
                    "Không đọc được thư mục định nghĩa luồng: " + e.getMessage(), "Cannot list the routes folder: " + e.getMessage()));
        }
        return new ExchangeCatalog(loaded, errors);
    }

    /** Loads one file; problems go to {@code errors} and the result is then null. */
    ExchangeDefinition load(Path routesDir, Path file, List<DefinitionError> errors) {
        String name = file.getFileName().toString();
        YamlTree tree;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            tree = YamlTree.parse(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            errors.add(new DefinitionError(name, line, "$", "Tệp không phải YAML hợp lệ: " + e.getProblem(),
                    "Not valid YAML: " + e.getProblem()));
            return null;
        } catch (YAMLException | IOException e) {
            errors.add(new DefinitionError(name, 0, "$", "Không đọc được tệp: " + e.getMessage(),
                    "Cannot read the file: " + e.getMessage()));
            return null;
        }
        JsonNode root = tree.root();
        if (!root.isObject()) {
            errors.add(new DefinitionError(name, tree.lineOf(""), "$", "Tệp phải là một ánh xạ YAML (khóa: giá trị)",
                    "The file must be a YAML mapping (key: value)"));
            return null;
        }
        for (SchemaViolation violation : schemas.validate(DEFINITION_SCHEMA, root)) {
            errors.add(schemaError(name, tree, violation));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return resolve(routesDir, file, name, tree, root, errors);
    }

    private ExchangeDefinition resolve(Path routesDir, Path file, String name, YamlTree tree, JsonNode root,
            List<DefinitionError> errors) {
        String id = root.path("id").asText();
        String expectedId = name.substring(0, name.length() - ".yaml".length());
        if (!id.equals(expectedId)) {
            errors.add(error(name, tree, "id", "Mã luồng '" + id + "' phải trùng tên tệp '" + expectedId + "'",
                    "The id '" + id + "' must equal the file name '" + expectedId + "'"));
        }
        String datasetId = root.path("dataset").asText();
        DatasetType<?> dataset = Datasets.byId(datasetId).orElse(null);
        if (dataset == null) {
            errors.add(error(name, tree, "dataset", "Không có tập dữ liệu '" + datasetId + "'",
                    "Unknown dataset '" + datasetId + "'"));
        }
        JsonNode source = root.path("source");
        JsonNode target = root.path("target");
        String format = target.path("format").asText();
        if (!schemas.exists(format)) {
            errors.add(error(name, tree, "target.format", "Không có lược đồ cho định dạng '" + format + "'",
                    "No schema for format '" + format + "'"));
        } else if (dataset != null && !dataset.supportsFormat(format)) {
            errors.add(error(name, tree, "target.format", "Tập dữ liệu '" + datasetId + "' không ánh xạ sang '" + format + "'",
                    "Dataset '" + datasetId + "' has no mapping to '" + format + "'"));
        }
        String sourceType = source.path("type").asText();
        String connector = target.path("connector").asText();
        if (!installation.connectors().contains(connector)) {
            errors.add(error(name, tree, "target.connector",
                    "Chưa cấu hình kết nối '" + connector + "' (hub.connectors." + connector + ")",
                    "No connector '" + connector + "' is configured (hub.connectors." + connector + ")"));
        }
        if (installation.portalConnectors().contains(connector)) {
            checkPortalService(name, tree, target.path("path").asText(), format, errors);
        }
        String tranCode = target.hasNonNull("tran-code") ? target.path("tran-code").asText() : null;
        if (tranCode == null && installation.connectorsNeedingTranCode().contains(connector)) {
            errors.add(error(name, tree, "target",
                    "Kết nối '" + connector + "' (LGSP VNPT) cần target.tran-code, hoặc hub.connectors." + connector
                            + ".routing.tran-code",
                    "Connector '" + connector + "' (a VNPT LGSP) needs target.tran-code, or hub.connectors." + connector
                            + ".routing.tran-code"));
        }
        String schedule = root.hasNonNull("schedule") ? root.path("schedule").asText() : null;
        if (schedule != null && !CronExpression.isValidExpression(schedule)) {
            errors.add(error(name, tree, "schedule", "Biểu thức cron không hợp lệ: '" + schedule + "'",
                    "Invalid Quartz cron expression: '" + schedule + "'"));
        }
        String cursor = source.hasNonNull("cursor") ? source.path("cursor").asText() : null;
        String key = source.path("key").asText();
        ExchangeDefinition.Source resolved = switch (sourceType) {
            case "rest" -> restSource(name, tree, source, cursor, key, errors);
            case "file" -> fileSource(name, tree, source, cursor, key, errors);
            default -> jdbcSource(routesDir, name, tree, source, cursor, key, errors);
        };
        if (!errors.isEmpty()) {
            return null;
        }
        return new ExchangeDefinition(id, root.path("title").asText(), datasetId, root.path("enabled").asBoolean(true),
                resolved,
                new ExchangeDefinition.Target(connector, target.path("path").asText(), format,
                        target.path("batch-size").asInt(DEFAULT_BATCH_SIZE), tranCode),
                schedule,
                ExchangeDefinition.InvalidRecords.valueOf(
                        root.path("invalid-records").asText("quarantine").toUpperCase(Locale.ROOT).replace('-', '_')),
                file);
    }

    private ExchangeDefinition.Source jdbcSource(Path routesDir, String name, YamlTree tree, JsonNode source, String cursor,
            String key, List<DefinitionError> errors) {
        String datasource = source.path("datasource").asText();
        if (!installation.datasources().contains(datasource)) {
            errors.add(error(name, tree, "source.datasource",
                    "Chưa cấu hình nguồn dữ liệu '" + datasource + "' (hub.datasources." + datasource + ")",
                    "No datasource '" + datasource + "' is configured (hub.datasources." + datasource + ")"));
        }
        Path queryFile = routesDir.resolve(source.path("query").asText()).normalize();
        String query = null;
        if (!queryFile.startsWith(routesDir.normalize())) {
            errors.add(error(name, tree, "source.query", "Tệp truy vấn phải nằm trong thư mục routes",
                    "The query file must lie inside the routes folder"));
        } else if (!Files.isRegularFile(queryFile)) {
            errors.add(error(name, tree, "source.query", "Không tìm thấy tệp truy vấn '" + source.path("query").asText() + "'",
                    "Query file '" + source.path("query").asText() + "' not found"));
        } else {
            try {
                query = Files.readString(queryFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                errors.add(error(name, tree, "source.query", "Không đọc được tệp truy vấn: " + e.getMessage(),
                        "Cannot read the query file: " + e.getMessage()));
            }
        }
        if (query != null && cursor != null && !query.contains(":since")) {
            errors.add(error(name, tree, "source.cursor", "Luồng tăng dần cần tham số :since trong truy vấn",
                    "An incremental exchange needs the :since parameter in its query"));
        }
        return new ExchangeDefinition.Source("jdbc", datasource, query, queryFile, cursor, key, source.path("fetch-size").asInt(0));
    }

    private ExchangeDefinition.Source restSource(String name, YamlTree tree, JsonNode source, String cursor, String key,
            List<DefinitionError> errors) {
        String endpoint = source.path("endpoint").asText();
        if (!installation.restSources().contains(endpoint)) {
            errors.add(error(name, tree, "source.endpoint",
                    "Chưa cấu hình API nguồn '" + endpoint + "' (hub.rest-sources." + endpoint + ")",
                    "No REST source '" + endpoint + "' is configured (hub.rest-sources." + endpoint + ")"));
        }
        String sinceParam = source.hasNonNull("since-param") ? source.path("since-param").asText() : null;
        if (cursor != null && sinceParam == null) {
            errors.add(error(name, tree, "source.cursor",
                    "Luồng tăng dần từ API cần since-param (tham số lọc theo thời điểm cập nhật)",
                    "An incremental REST exchange needs since-param (the API's updated-since filter)"));
        }
        Map<String, String> fields = fieldsOf(source);
        fields.forEach((column, pointer) -> {
            if (!pointer.startsWith("/")) {
                errors.add(error(name, tree, "source.fields." + column,
                        "Trường '" + column + "' phải là JSON pointer bắt đầu bằng '/' (ví dụ /viTri/maXa)",
                        "Field '" + column + "' must be a JSON pointer starting with '/' (e.g. /viTri/maXa)"));
            }
        });
        requireMapped(name, tree, fields, key, "source.key", errors);
        if (cursor != null) {
            requireMapped(name, tree, fields, cursor, "source.cursor", errors);
        }
        return new ExchangeDefinition.Source("rest", null, null, null, cursor, key, 0,
                new ExchangeDefinition.Rest(endpoint, source.path("path").asText(), source.path("items").asText(),
                        source.path("next-cursor").asText(), source.path("cursor-param").asText("cursor"),
                        source.path("page-size-param").asText("limit"), sinceParam, fields),
                null);
    }

    private ExchangeDefinition.Source fileSource(String name, YamlTree tree, JsonNode source, String cursor, String key,
            List<DefinitionError> errors) {
        String inbox = source.path("inbox").asText();
        if (!installation.fileSources().contains(inbox)) {
            errors.add(error(name, tree, "source.inbox",
                    "Chưa cấu hình thư mục nhận tệp '" + inbox + "' (hub.file-sources." + inbox + ")",
                    "No file inbox '" + inbox + "' is configured (hub.file-sources." + inbox + ")"));
        }
        if (cursor != null) {
            errors.add(error(name, tree, "source.cursor", "Nguồn tệp không có mốc đồng bộ: mỗi tệp được đọc một lần",
                    "A file-drop source has no watermark: each file is read once"));
        }
        Map<String, String> fields = fieldsOf(source);
        requireMapped(name, tree, fields, key, "source.key", errors);
        return new ExchangeDefinition.Source("file", null, null, null, null, key, 0, null,
                new ExchangeDefinition.File(inbox, fields));
    }

    private static Map<String, String> fieldsOf(JsonNode source) {
        Map<String, String> fields = new LinkedHashMap<>();
        source.path("fields").fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue().asText()));
        return fields;
    }

    /** With a field mapping, the key and the watermark column must be among the mapped columns. */
    private static void requireMapped(String name, YamlTree tree, Map<String, String> fields, String column, String field,
            List<DefinitionError> errors) {
        if (!fields.isEmpty() && !fields.containsKey(column)) {
            errors.add(error(name, tree, field, "Cột '" + column + "' không có trong source.fields",
                    "Column '" + column + "' is not mapped in source.fields"));
        }
    }

    /** A DVCQG exchange names one of the services the hub sends to, with the records that service takes. */
    private static void checkPortalService(String file, YamlTree tree, String path, String format,
            List<DefinitionError> errors) {
        String service = DvcqgTargetSettings.serviceOf(path);
        String expected = DvcqgTargetSettings.FORMAT_BY_SERVICE.get(service);
        String services = String.join(", ", new TreeSet<>(DvcqgTargetSettings.FORMAT_BY_SERVICE.keySet()));
        if (expected == null) {
            errors.add(error(file, tree, "target.path", "'" + path + "' không phải dịch vụ DVCQG gửi được (" + services + ")",
                    "'" + path + "' is not a DVCQG service the hub sends to (" + services + ")"));
        } else if (!expected.equals(format)) {
            errors.add(error(file, tree, "target.format", "Dịch vụ " + service + " nhận định dạng '" + expected
                    + "', không phải '" + format + "'", "Service " + service + " takes format '" + expected + "', not '"
                    + format + "'"));
        }
    }

    private static DefinitionError error(String file, YamlTree tree, String field, String vi, String en) {
        return new DefinitionError(file, tree.lineOf(field), field, vi, en);
    }

    private static final Map<String, String> RULES_VI = Map.of(
            "required", "thiếu trường bắt buộc",
            "additionalProperties", "trường không có trong định dạng",
            "type", "sai kiểu dữ liệu",
            "enum", "giá trị không thuộc danh sách cho phép",
            "pattern", "giá trị không đúng mẫu",
            "minimum", "giá trị nhỏ hơn mức cho phép",
            "maximum", "giá trị lớn hơn mức cho phép",
            "minLength", "giá trị quá ngắn",
            "maxLength", "giá trị quá dài");

    private static DefinitionError schemaError(String file, YamlTree tree, SchemaViolation violation) {
        String field = violation.path();
        String vi = RULES_VI.getOrDefault(violation.rule(), "không đúng định dạng luồng trao đổi");
        String en = violation.message();
        if (en.startsWith("$.") || en.startsWith("/")) {
            en = en.substring(en.indexOf(':') + 1).strip();
        }
        return new DefinitionError(file, tree.lineOf(field), field, "Trường '" + field + "': " + vi, en);
    }
}
