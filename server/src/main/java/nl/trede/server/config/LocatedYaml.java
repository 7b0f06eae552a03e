package nl.trede.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Reader;
import java.math.BigDecimal;
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
 * A YAML document as a JSON tree plus the line of every node, so that a mistake found later (by
 * Jackson or by validation, which name fields as {@code kpis[2].population.minRung}) can be
 * reported at its line in the file a municipality edits.
 */
final class LocatedYaml {
  private final JsonNode tree;
  private final Map<String, Integer> lines = new HashMap<>();

  private LocatedYaml(Node root) {
    this.tree = root == null ? JsonNodeFactory.instance.objectNode() : convert(root, "");
  }

  static LocatedYaml read(Reader reader) {
    LoaderOptions options = new LoaderOptions();
    // Anchors and aliases can blow up (billion laughs); a configuration has no use for them.
    options.setMaxAliasesForCollections(0);
    options.setAllowDuplicateKeys(false);
    return new LocatedYaml(new Yaml(options).compose(reader));
  }

  /** The same key twice in one mapping: which one was meant cannot be guessed. */
  static final class DuplicateKey extends RuntimeException {
    final int line;

    DuplicateKey(String path, int line) {
      super(path + ": set twice in the same place");
      this.line = line;
    }
  }

  JsonNode tree() {
    return tree;
  }

  /** The line (1-based) of this path, or of the nearest enclosing node that has one. */
  int lineOf(String path) {
    String at = path;
    while (true) {
      Integer line = lines.get(at);
      if (line != null) {
        return line;
      }
      if (at.isEmpty()) {
        return 1;
      }
      int dot = at.lastIndexOf('.');
      int bracket = at.lastIndexOf('[');
      at = at.substring(0, Math.max(0, Math.max(dot, bracket)));
    }
  }

  private JsonNode convert(Node node, String path) {
    lines.putIfAbsent(path, node.getStartMark().getLine() + 1);
    if (node instanceof MappingNode mapping) {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        String key = ((ScalarNode) tuple.getKeyNode()).getValue();
        String childPath = path.isEmpty() ? key : path + "." + key;
        if (object.has(key)) {
          // compose() does not check this itself; the later value would silently win.
          throw new DuplicateKey(childPath, tuple.getKeyNode().getStartMark().getLine() + 1);
        }
        lines.put(childPath, tuple.getKeyNode().getStartMark().getLine() + 1);
        object.set(key, convert(tuple.getValueNode(), childPath));
      }
      return object;
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < sequence.getValue().size(); i++) {
        array.add(convert(sequence.getValue().get(i), path + "[" + i + "]"));
      }
      return array;
    }
    return scalar((ScalarNode) node);
  }

  /** YAML's own typing of plain scalars (1 is a number, true a boolean, ~ nothing, "1" text). */
  private static JsonNode scalar(ScalarNode node) {
    String value = node.getValue();
    Tag tag = node.getTag();
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (Tag.NULL.equals(tag)) {
      return f.nullNode();
    }
    if (Tag.BOOL.equals(tag)) {
      return f.booleanNode(Boolean.parseBoolean(value.toLowerCase()));
    }
    if (Tag.INT.equals(tag)) {
      BigInteger number = new BigInteger(value.replace("_", ""));
      return number.bitLength() < 32 ? f.numberNode(number.intValue()) : f.numberNode(number);
    }
    if (Tag.FLOAT.equals(tag)) {
      return f.numberNode(new BigDecimal(value.replace("_", "")));
    }
    return f.textNode(value);
  }
}
