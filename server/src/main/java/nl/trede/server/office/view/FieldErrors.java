package nl.trede.server.office.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.domain.Violation;

/**
 * The rules a form broke, in Dutch, next to the field they concern: the shared validation and the
 * municipality's policy name a field and a rule ({@link Violation}); the text comes from
 * {@code error.<field>.<rule>} or else {@code error.<rule>} in the console's bundle, with the
 * numbers of the rule's own message ({0}, {1}) filled in. What no field of the form shows is listed
 * above the form, with the field's name.
 */
public final class FieldErrors {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

  private final Map<String, String> byField = new LinkedHashMap<>();
  private final List<String> general = new ArrayList<>();

  public static FieldErrors none() {
    return new FieldErrors();
  }

  /**
   * @param shown the names of the form's fields; a violation of another field is shown above the form
   * @param rename a field as the rules name it to the form's name for it, where they differ
   */
  public static FieldErrors of(List<Violation> violations, OfficeText text, Predicate<String> shown,
      Map<String, String> rename) {
    FieldErrors errors = new FieldErrors();
    for (Violation v : violations) {
      String field = v.field() == null ? "" : v.field().startsWith("fields.") ? v.field().substring(7) : v.field();
      field = rename.getOrDefault(field, field);
      String message = message(v, field, text);
      String listed = field.replaceAll("\\[\\d+]$", "");
      if (shown.test(field)) {
        errors.byField.putIfAbsent(field, message);
      } else if (shown.test(listed)) {
        errors.byField.putIfAbsent(listed, message);
      } else {
        String label = text.get("form.field." + INDEX.matcher(field).replaceAll(""));
        errors.general.add(label.startsWith("form.field.") ? message : label + ": " + message);
      }
    }
    return errors;
  }

  private static String message(Violation v, String field, OfficeText text) {
    List<String> numbers = new ArrayList<>();
    Matcher m = NUMBER.matcher(v.message() == null ? "" : v.message().replace(field, ""));
    while (m.find()) {
      numbers.add(m.group());
    }
    Object[] args = numbers.toArray();
    String specific = "error." + INDEX.matcher(field).replaceAll("") + "." + v.rule();
    String found = text.get(specific, args);
    if (!found.equals(specific)) {
      return found;
    }
    String generic = text.get("error." + v.rule(), args);
    return generic.equals("error." + v.rule()) ? v.message() : generic;
  }

  public String get(String field) {
    return byField.get(field);
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public List<String> general() {
    return general;
  }

  public boolean isEmpty() {
    return byField.isEmpty() && general.isEmpty();
  }

  /** Every message, the fields' and the general ones: for tests and logs, never for a page. */
  public List<String> all() {
    List<String> all = new ArrayList<>(byField.values());
    all.addAll(general);
    return all;
  }
}
