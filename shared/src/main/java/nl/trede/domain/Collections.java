package nl.trede.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sets and maps in records keep a fixed order, so that the same record always serialises to the
 * same JSON: sync compares field values as JSON to tell a real change from a repeat.
 */
public final class Collections {
  private Collections() {}

  public static <E extends Enum<E>> Set<E> ordered(Class<E> type, Collection<E> values) {
    EnumSet<E> set = EnumSet.noneOf(type);
    if (values != null) {
      set.addAll(values);
    }
    return java.util.Collections.unmodifiableSet(set);
  }

  public static SortedMap<String, String> ordered(Map<String, String> values) {
    return java.util.Collections.unmodifiableSortedMap(values == null ? new TreeMap<>() : new TreeMap<>(values));
  }
}
