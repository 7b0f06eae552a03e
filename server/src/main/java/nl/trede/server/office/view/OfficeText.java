package nl.trede.server.office.view;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The console's words outside templates (export headers, chart labels, enum names), from the same
 * Dutch bundle the templates use: {@code i18n/office.properties}.
 */
@Singleton
public class OfficeText {
  public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  private final MessageSource messages;

  public OfficeText(MessageSource messages) {
    this.messages = messages;
  }

  /** The text for {@code key}, with {0}, {1} … filled in; the key itself when it is missing. */
  public String get(String key, Object... args) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      values.put(String.valueOf(i), args[i] == null ? "" : String.valueOf(args[i]));
    }
    MessageSource.MessageContext context = MessageSource.MessageContext.of(DUTCH, values);
    return messages.getMessage(key, context)
        .map(template -> messages.interpolate(template, context))
        .orElse(key);
  }

  /** The Dutch name of an enum value: key {@code prefix.VALUE}, or the value when there is none. */
  public String label(String prefix, Enum<?> value) {
    if (value == null) {
      return "";
    }
    String key = prefix + "." + value.name();
    String text = get(key);
    return text.equals(key) ? value.name() : text;
  }

  public String label(String prefix, String value) {
    if (value == null) {
      return "";
    }
    String key = prefix + "." + value;
    String text = get(key);
    return text.equals(key) ? value : text;
  }
}
