package nl.trede.client.ui.kit;

import java.math.BigDecimal;
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

  /** "250.000", "1.000.000": dots that group thousands in an amount (parseEuros). */
  private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{3})+");
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

  /** A day with its weekday: "dinsdag 10 mrt". */
  public String day(LocalDate value) {
    return value == null ? get("common.unknown") : DateTimeFormatter.ofPattern("EEEE d MMM", locale).format(value);
  }

  /** A day in a line of text: "3 dec.". */
  public String dayMonth(LocalDate value) {
    return value == null ? get("common.unknown") : DateTimeFormatter.ofPattern("d MMM", locale).format(value);
  }

  public String dateTime(Instant value) {
    return value == null ? get("common.unknown") : dateTime.format(value);
  }

  /** Hours from quarter hours, the Dutch way: 1,25 or 1,5 or 2. */
  public String hours(int quarterHours) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(2);
    return format.format(quarterHours / 4.0);
  }

  /** A number the Dutch way, without trailing zeros: 12,5 and 24. */
  public String decimal(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    format.setGroupingUsed(false);
    return format.format(value);
  }

  /** Money the Dutch way: € 2.250,00. */
  public String euros(BigDecimal value) {
    return value == null ? "" : NumberFormat.getCurrencyInstance(locale).format(value);
  }

  /**
   * A number typed the Dutch way (12,5) or with a dot; null for an empty field.
   *
   * @throws NumberFormatException when it is not a number at all
   */
  public static BigDecimal parseDecimal(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String plain = text.strip().replace(" ", "").replace("€", "");
    if (plain.contains(",")) {
      // Dutch: dots group thousands, the comma separates decimals.
      plain = plain.replace(".", "").replace(',', '.');
    }
    return new BigDecimal(plain);
  }

  /**
   * An amount in euros typed the Dutch way: "250.000" is two hundred and fifty thousand (a dot before
   * exactly three digits groups thousands, as there are no tenths of cents), "1.250,50" and "12,5"
   * as {@link #parseDecimal}; null for an empty field.
   *
   * @throws NumberFormatException when it is not a number at all
   */
  public static BigDecimal parseEuros(String text) {
    String plain = text == null ? "" : text.strip().replace(" ", "").replace("€", "");
    return THOUSANDS.matcher(plain).matches() ? parseDecimal(plain.replace(".", "")) : parseDecimal(text);
  }

  /** An enum value's Dutch label: the key is its class's simple name and its name. */
  public String label(Enum<?> value) {
    return value == null ? "" : get(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /** "vandaag", "morgen", "over 3 dagen", "gisteren", "5 dagen geleden". */
  public String relativeDay(LocalDate day, LocalDate today) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(today, day);
    if (days == 0) {
      return get("day.today");
    }
    if (days == 1) {
      return get("day.tomorrow");
    }
    if (days == -1) {
      return get("day.yesterday");
    }
    return days > 0 ? get("day.inDays", days) : get("day.daysAgo", -days);
  }

  /** "woensdag". */
  public String weekday(LocalDate day) {
    return DateTimeFormatter.ofPattern("EEEE", locale).format(day);
  }

  public String time(Instant value) {
    return value == null ? get("common.unknown")
        : DateTimeFormatter.ofPattern("HH:mm", locale).withZone(Violations.ZONE).format(value);
  }

  public Locale locale() {
    return locale;
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
    // An item of a list ("domains[3].score") says what every item of it says ("domains.score").
    String ofAnyItem = "violation." + field.replaceAll("\\[\\d+]", "") + "." + violation.rule();
    if (has(ofAnyItem)) {
      return get(ofAnyItem);
    }
    String general = "violation." + violation.rule();
    return has(general) ? get(general) : get("violation.unknown");
  }
}
