package nl.trede.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads, of a stored record, only its {@link Filing} components: enough to ask it
 * {@link DomainRecord#fileCandidateId()} and, for a {@link HistoryEntry}, {@link HistoryEntry#eventAt()},
 * and nothing else (every other component is left null, false or 0). For writing thousands of
 * pulled records, where reading each whole record only to ask these two things took longer than
 * storing it, and even a Jackson view over it cost a first sync a third more (docs/benchmarks.md).
 * Only for records already read and checked once: it does not validate.
 */
public final class FilingReader {
  private static final ClassValue<Plan> PLANS = new ClassValue<>() {
    @Override
    protected Plan computeValue(Class<?> type) {
      return Plan.of(type);
    }
  };

  private FilingReader() {}

  public static <T extends DomainRecord> T read(JsonNode data, Class<T> type) {
    return type.cast(PLANS.get(type).read(data));
  }

  /** How one record type is read: its constructor, its filing components and how each is parsed. */
  private record Plan(Constructor<?> constructor, Object[] defaults, int[] filed, String[] names,
      Function<String, Object>[] parsers) {

    @SuppressWarnings("unchecked")
    static Plan of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      if (components == null) {
        throw new IllegalArgumentException(type + " is not a record");
      }
      Class<?>[] types = new Class<?>[components.length];
      Object[] defaults = new Object[components.length];
      List<Integer> filed = new ArrayList<>();
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        defaults[i] = defaultOf(types[i]);
        if (components[i].isAnnotationPresent(Filing.class)) {
          filed.add(i);
        }
      }
      String[] names = new String[filed.size()];
      Function<String, Object>[] parsers = new Function[filed.size()];
      for (int k = 0; k < names.length; k++) {
        names[k] = components[filed.get(k)].getName();
        parsers[k] = parserOf(types[filed.get(k)], type);
      }
      try {
        return new Plan(type.getDeclaredConstructor(types), defaults,
            filed.stream().mapToInt(Integer::intValue).toArray(), names, parsers);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " has no canonical constructor", e);
      }
    }

    Object read(JsonNode data) {
      Object[] args = defaults.clone();
      for (int k = 0; k < filed.length; k++) {
        JsonNode node = data.get(names[k]);
        if (node != null && !node.isNull()) {
          args[filed[k]] = parsers[k].apply(node.asText());
        }
      }
      try {
        return constructor.newInstance(args);
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read the filing of a " + constructor.getDeclaringClass(), e);
      }
    }

    private static Object defaultOf(Class<?> type) {
      if (!type.isPrimitive()) {
        return null;
      }
      return type == boolean.class ? Boolean.FALSE : type == long.class ? (Object) 0L
          : type == double.class ? (Object) 0.0 : type == float.class ? (Object) 0.0f : (Object) 0;
    }

    private static Function<String, Object> parserOf(Class<?> type, Class<?> record) {
      if (type == UUID.class) {
        return UUID::fromString;
      }
      if (type == Instant.class) {
        return Instant::parse;
      }
      if (type == LocalDate.class) {
        return LocalDate::parse;
      }
      throw new IllegalStateException("a filing component of " + record + " is a " + type + "; only ids, instants"
          + " and dates are read");
    }
  }
}
