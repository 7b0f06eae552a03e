package nl.trede.server.config;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds keys in a configuration tree that no record component takes, following the record types
 * (and the {@code type} names of sealed conditions) the way Jackson would read them.
 */
final class SchemaWalker {
  private SchemaWalker() {}

  static void walk(JsonNode node, Type type, String path, List<String> unknown) {
    if (node == null || node.isNull()) {
      return;
    }
    Class<?> raw = raw(type);
    if (node.isArray() && Collection.class.isAssignableFrom(raw)) {
      Type element = argument(type, 0);
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), element, path + "[" + i + "]", unknown);
      }
      return;
    }
    if (node.isObject() && Map.class.isAssignableFrom(raw)) {
      Type value = argument(type, 1);
      node.fields().forEachRemaining(e -> walk(e.getValue(), value, join(path, e.getKey()), unknown));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    Class<?> target = raw;
    Set<String> extra = Set.of();
    JsonSubTypes subtypes = raw.getAnnotation(JsonSubTypes.class);
    if (subtypes != null) {
      String name = node.path("type").asText("");
      target = Arrays.stream(subtypes.value()).filter(t -> t.name().equals(name))
          .<Class<?>>map(JsonSubTypes.Type::value).findFirst().orElse(null);
      if (target == null) {
        return; // Jackson names an unknown type itself, with the allowed ones.
      }
      extra = Set.of("type");
    }
    if (!target.isRecord()) {
      return;
    }
    Map<String, RecordComponent> components = Arrays.stream(target.getRecordComponents())
        .collect(Collectors.toMap(RecordComponent::getName, c -> c));
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      RecordComponent component = components.get(field.getKey());
      if (component == null) {
        if (!extra.contains(field.getKey())) {
          unknown.add(join(path, field.getKey()));
        }
        continue;
      }
      walk(field.getValue(), component.getGenericType(), join(path, field.getKey()), unknown);
    }
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
        ? p.getActualTypeArguments()[index] : Object.class;
  }
}
