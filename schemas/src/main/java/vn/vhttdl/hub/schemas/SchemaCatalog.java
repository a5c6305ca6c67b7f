package vn.vhttdl.hub.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas shipped in this module, addressed by format name
 * ({@code ministry/heritage-site/v1} is {@code /schemas/ministry/heritage-site/v1.schema.json}).
 * Both the hub (before sending) and the sandbox (on receipt) validate with the same files, so a
 * record the hub lets through is one the receiver accepts.
 */
public final class SchemaCatalog {

    private static final String ROOT = "/schemas/";
    private static final Set<String> PROPERTY_RULES = Set.of("required", "additionalProperties",
            "unevaluatedProperties", "dependentRequired");
    private static final String SUFFIX = ".schema.json";

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            // draft 2020-12 treats "format" as an annotation; receivers check dates, so do we
            .formatAssertionsEnabled(true)
            .build();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    /** @return whether a schema for {@code format} ships with this module */
    public boolean exists(String format) {
        return isWellFormedName(format) && SchemaCatalog.class.getResource(resourceOf(format)) != null;
    }

    /**
     * Validates {@code document} against the schema of {@code format}.
     *
     * @return the violations, ordered by location; empty when the document conforms
     * @throws UnknownSchemaException when no schema of that name ships with this module
     */
    public List<SchemaViolation> validate(String format, JsonNode document) {
        Set<ValidationMessage> messages = compiled.computeIfAbsent(format, this::load).validate(document);
        if (messages.isEmpty()) {
            // the common case on the hub's hot path: no stream, no sort
            return List.of();
        }
        return messages.stream()
                .map(SchemaCatalog::toViolation)
                .sorted(Comparator.comparing(SchemaViolation::path))
                .toList();
    }

    private JsonSchema load(String format) {
        if (!exists(format)) {
            throw new UnknownSchemaException(format);
        }
        try (InputStream in = SchemaCatalog.class.getResourceAsStream(resourceOf(format))) {
            JsonSchema schema = factory.getSchema(in, config);
            // networknt builds a schema's validators lazily, at its first validate; built here,
            // inside computeIfAbsent, a schema is complete before any other thread can see it
            // (the hub validates on several pipeline threads at once)
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema " + format, e);
        }
    }

    private static SchemaViolation toViolation(ValidationMessage message) {
        StringBuilder path = new StringBuilder();
        JsonNodePath location = message.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                appendName(path, String.valueOf(element));
            }
        }
        // these rules sit on the parent object; the field they name is the one to report
        if (message.getProperty() != null && PROPERTY_RULES.contains(message.getType())) {
            appendName(path, message.getProperty());
        }
        return new SchemaViolation(path.isEmpty() ? "$" : path.toString(), message.getType(), message.getMessage());
    }

    private static void appendName(StringBuilder path, String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }

    private static boolean isWellFormedName(String format) {
        return format != null && format.matches("[a-z0-9-]+(/[a-z0-9-]+)*/v[0-9]+");
    }

    private static String resourceOf(String format) {
        return ROOT + format + SUFFIX;
    }
}
