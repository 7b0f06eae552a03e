package nl.trede.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every violation of a record instead of stopping at the first, so a form or an API
 * answer can name all broken fields at once. Rule codes are stable: clients translate them.
 */
public final class Violations {
  /** Dutch law and the municipalities work on Dutch calendar days. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** Device clocks drift; an event a few minutes "in the future" is a clock, not a lie. */
  static final long CLOCK_SKEW_HOURS = 24;

  private final List<Violation> list = new ArrayList<>();
  private final Clock clock;

  public Violations(Clock clock) {
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(ZONE));
  }

  public Violations add(String field, String rule, String message) {
    list.add(new Violation(field, rule, message));
    return this;
  }

  public boolean required(String field, Object value) {
    boolean missing = value == null || (value instanceof String s && s.isBlank())
        || (value instanceof Collection<?> c && c.isEmpty());
    if (missing) {
      add(field, "required", field + " is required");
    }
    return !missing;
  }

  public void range(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      add(field, "range", field + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  public void maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, "max-length", field + " must be at most " + max + " characters");
    }
  }

  /** A list kept short enough to read and to send: each item counts, however small. */
  public void maxItems(String field, Collection<?> values, int max) {
    if (values != null && values.size() > max) {
      add(field, "max-items", field + " must have at most " + max + " items");
    }
  }

  public void pattern(String field, String value, Pattern pattern, String rule, String message) {
    if (value != null && !pattern.matcher(value).matches()) {
      add(field, rule, message);
    }
  }

  /**
   * Digits, spaces, brackets and dashes, with an optional leading +: how people write a Dutch or
   * foreign number ("06-12345678", "+31 (0)6 1234 5678"), from 8 to 20 characters.
   */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{8,20}");

  /** A phone number: a candidate's own, an employee's work number; the one rule for both. */
  public void phone(String field, String value) {
    pattern(field, value, PHONE, "phone-format", field + " must be a phone number");
  }

  private static final Pattern CEFR = Pattern.compile("A1|A2|B1|B2|C1|C2");

  /** A language level on the European scale (taalmeter, 000 §5.2; vacancy requirements). */
  public void cefrLevel(String field, String value) {
    pattern(field, value, CEFR, "cefr-level", field + " must be a CEFR level A1 to C2");
  }

  /** An event that happened cannot lie in the future (beyond clock drift). */
  public void notInFuture(String field, Instant instant) {
    if (instant != null && instant.isAfter(clock.instant().plus(CLOCK_SKEW_HOURS, ChronoUnit.HOURS))) {
      add(field, "not-in-future", field + " cannot be in the future");
    }
  }

  /**
   * A date that happened: not in the future, and not so far back that it must be a typo. One
   * violation at most, so a form shows one clear message.
   */
  public void pastDate(String field, LocalDate date, int yearsBack) {
    if (date == null) {
      return;
    }
    if (date.isAfter(today().plusDays(1))) {
      add(field, "not-in-future", field + " cannot be in the future");
    } else if (date.isBefore(today().minusYears(yearsBack))) {
      add(field, "plausible-date", field + " cannot lie more than " + yearsBack + " years back");
    }
  }

  /** Catches typos such as 2205 for 2025 in dates that may lie ahead (next contact, end dates). */
  public void withinYears(String field, LocalDate date, int yearsBack, int yearsAhead) {
    if (date == null) {
      return;
    }
    LocalDate today = today();
    if (date.isBefore(today.minusYears(yearsBack)) || date.isAfter(today.plusYears(yearsAhead))) {
      add(field, "plausible-date", field + " must lie between " + today.minusYears(yearsBack)
          + " and " + today.plusYears(yearsAhead));
    }
  }

  public List<Violation> toList() {
    return List.copyOf(list);
  }
}
