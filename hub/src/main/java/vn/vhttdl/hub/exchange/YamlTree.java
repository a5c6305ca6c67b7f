package vn.vhttdl.hub.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Reader;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML document as a JSON tree, remembering the line of every field, so a schema violation at
 * {@code target.batch-size} can be reported at its line.
 *
 * <p>The document is only composed, never constructed into objects, so YAML tags cannot
 * instantiate classes; aliases, nesting and size are bounded against hostile files.
 */
final class YamlTree {

    private static final int MAX_CODE_POINTS = 256 * 1024;

    private final JsonNode root;
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlTree(Node node) {
        this.root = node == null ? JsonNodeFactory.instance.nullNode() : convert(node, "");
    }

    /** @throws org.yaml.snakeyaml.error.YAMLException with a line number when the text is not YAML */
    static YamlTree parse(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CODE_POINTS);
        return new YamlTree(new Yaml(options).compose(reader));
    }

    JsonNode root() {
        return root;
    }

    /** @return the 1-based line of {@code path}, or of its nearest parent that has one; 0 if none */
    int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return lines.getOrDefault("", 0);
            }
            p = p.substring(0, cut);
        }
    }

    private JsonNode convert(Node node, String path) {
        lines.putIfAbsent(path, node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode mapping) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                String childPath = path.isEmpty() ? key : path + "." + key;
                lines.put(childPath, tuple.getKeyNode().getStartMark().getLine() + 1);
                object.set(key, convert(tuple.getValueNode(), childPath));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            int i = 0;
            for (Node item : sequence.getValue()) {
                array.add(convert(item, path + "[" + i++ + "]"));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private static JsonNode scalar(ScalarNode scalar) {
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (Tag.INT.equals(tag)) {
            try {
                return nodes.numberNode(new BigInteger(value.replace("_", "")));
            } catch (NumberFormatException e) {
                return nodes.textNode(value); // octal or sexagesimal forms: let the schema refuse the text
            }
        }
        if (Tag.BOOL.equals(tag)) {
            return nodes.booleanNode(java.util.Set.of("true", "yes", "on", "y").contains(value.toLowerCase(java.util.Locale.ROOT)));
        }
        if (Tag.NULL.equals(tag)) {
            return nodes.nullNode();
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return nodes.numberNode(new java.math.BigDecimal(value));
            } catch (NumberFormatException e) {
                return nodes.textNode(value);
            }
        }
        return nodes.textNode(value);
    }
}
