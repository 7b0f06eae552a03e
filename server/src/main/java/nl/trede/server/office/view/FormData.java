package nl.trede.server.office.view;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A console form as the browser sent it ({@code application/x-www-form-urlencoded}), every name
 * with all its values in order: checkboxes of one name (flags, coaches) send several. Also what a
 * form shows again: what the user typed, or what a record holds, by the same names.
 */
public final class FormData {
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  public static FormData parse(String body) {
    FormData form = new FormData();
    if (body == null || body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      form.add(name, value);
    }
    return form;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // A broken escape is the browser's or an attacker's: read it as typed, the rules judge it.
      return text;
    }
  }

  public FormData add(String name, String value) {
    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value == null ? "" : value);
    return this;
  }

  /** The first value, trimmed; null when absent or blank. */
  public String get(String name) {
    List<String> all = values.get(name);
    if (all == null || all.isEmpty()) {
      return null;
    }
    String value = all.get(0).trim();
    return value.isEmpty() ? null : value;
  }

  /** As typed, for showing it again: "" when absent. */
  public String value(String name) {
    String value = get(name);
    return value == null ? "" : value;
  }

  public List<String> all(String name) {
    return values.getOrDefault(name, List.of()).stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
  }

  /** A whole number the form carries (a count of rows), or {@code otherwise}; at least 1, at most 50. */
  public int number(String name, int otherwise) {
    try {
      String value = get(name);
      return value == null ? otherwise : Math.max(1, Math.min(50, Integer.parseInt(value)));
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** Every value as sent, blanks included: for copying a form. */
  public List<String> allRaw(String name) {
    return values.getOrDefault(name, List.of());
  }

  /** Whether a checkbox or option of this name has this value: for showing the form again. */
  public boolean checked(String name, Object value) {
    return value != null && all(name).contains(value.toString());
  }

  /** Every name the form carries, in order. */
  public java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(values.keySet());
  }

  public boolean has(String name) {
    return get(name) != null;
  }
}
