package nl.trede.client.ui;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

/**
 * Every text the app shows, from {@code nl/trede/client/messages_*.properties}, and the Dutch way
 * of writing dates and numbers. Presenters format through this, so they can be tested without a
 * scene and the views stay free of wording.
 */
public final class Messages {
  public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  private final ResourceBundle bundle;
  private final Locale locale;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateTime;

  public Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("nl.trede.client.messages", locale);
    this.date = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
    this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale).withZone(Violations.ZONE);
  }

  public static Messages dutch() {
    return new Messages(DUTCH);
  }

  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public String date(LocalDate value) {
    return value == null ? get("common.unknown") : date.format(value);
  }

  public String dateTime(Instant value) {
    return value == null ? get("common.unknown") : dateTime.format(value);
  }

  /** Hours from quarter hours, the Dutch way: 1,25. */
  public String hours(int quarterHours) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(quarterHours / 4.0);
  }

  public String rungName(int rung) {
    return get("rung." + rung);
  }

  /** A broken rule in the user's words: the field's own text if there is one, else the rule's. */
  public String violation(Violation violation) {
    String field = violation.field() == null ? "" : violation.field().replaceFirst("^fields\\.", "");
    String specific = "violation." + field + "." + violation.rule();
    if (has(specific)) {
      return get(specific);
    }
    String general = "violation." + violation.rule();
    return has(general) ? get(general) : get("violation.unknown");
  }
}
