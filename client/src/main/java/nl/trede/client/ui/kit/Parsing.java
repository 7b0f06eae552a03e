package nl.trede.client.ui.kit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.trede.domain.Violation;

/**
 * Numbers typed into a form, the Dutch way (12,5) or with a dot: what does not read as a number is
 * remembered as a violation of its field, and the record's own rules about that field are left
 * out, because "vul dit veld in" beside "vul een getal in" would confuse. One per check.
 */
public final class Parsing {
  private final List<Violation> errors = new ArrayList<>();

  /** A typed text without its surrounding blanks; null when nothing was typed. */
  public static String text(String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
  }

  /** The number, or null for an empty field or one that does not read. */
  public BigDecimal decimal(String text, String field) {
    try {
      return Messages.parseDecimal(text);
    } catch (NumberFormatException e) {
      errors.add(new Violation(field, "number-format", field + " is not a number"));
      return null;
    }
  }

  /** A whole number, or null for an empty field or one that does not read as a whole number. */
  public Integer integer(String text, String field) {
    BigDecimal value = decimal(text, field);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      errors.add(new Violation(field, "whole-number", field + " is not a whole number"));
      return null;
    }
  }

  /** A time of day typed as 9:30 or 09:30, or null for an empty field or one that does not read. */
  public java.time.LocalTime time(String text, String field) {
    String typed = text(text);
    if (typed == null) {
      return null;
    }
    try {
      return java.time.LocalTime.parse(typed.length() == 4 ? "0" + typed : typed);
    } catch (java.time.format.DateTimeParseException e) {
      errors.add(new Violation(field, "time-format", field + " must be HH:mm"));
      return null;
    }
  }

  /** The parse errors, then the record's violations of the fields that did read. */
  public List<Violation> with(List<Violation> violations) {
    List<Violation> all = new ArrayList<>(errors);
    violations.stream().filter(v -> errors.stream().noneMatch(e -> e.field().equals(v.field()))).forEach(all::add);
    return all;
  }
}
