package nl.trede.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.deser.std.UUIDDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.UUID;

/**
 * The one JSON configuration of Trede. The server applies {@link #configure} to Micronaut's mapper
 * (so request bodies are read by these rules too) and the client uses {@link #MAPPER}, so both
 * sides read and write records identically: dates as ISO-8601 strings, nulls written out, unknown
 * properties tolerated (and reported by the sync merge rules, which name the field). Only record
 * components are properties: a helper such as {@code isIntake()} on a record must not leak into the
 * wire format.
 *
 * <p>Reading is strict, because what a device sends is untrusted: one JSON value and nothing after
 * it, a value only in its own shape (no number for an enum, a boolean or an instant, no text for a
 * number or a boolean), no nil UUID as an id, and no text that hides what it says (NUL, or the
 * bidirectional controls that make a name or note read differently on screen than it is stored:
 * "Trojan Source", CVE-2021-42574). A refusal names its rule ({@link #ruleOf}) and field
 * ({@link #pathOf}).
 */
public final class Json {
  /** A text holding NUL or a bidirectional control character. */
  public static final String FORBIDDEN_CHARACTER = "forbidden-character";
  /** 00000000-0000-0000-0000-000000000000 where an id is expected. */
  public static final String NIL_ID = "nil-id";

  public static final ObjectMapper MAPPER = configure(new ObjectMapper());

  private static final UUID NIL = new UUID(0, 0);

  private Json() {}

  public static ObjectMapper configure(ObjectMapper mapper) {
    // Text stays text: a KvK number sent as a number would already have lost its leading zero.
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    // A yes/no is true or false, not 1, 0 or "ja"; a number is a number, not its text.
    mapper.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      mapper.coercionConfigFor(number)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Enum)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    return mapper
        .registerModule(new JavaTimeModule())
        .registerModule(new SimpleModule("trede-strict")
            // 31 February is refused, not quietly read as 28 February.
            .addDeserializer(LocalDate.class, new TextOnly<>(LocalDate.class, new LocalDateDeserializer(
                DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT))))
            // An instant is an ISO-8601 text: a number would be read as seconds or milliseconds
            // since 1970, whichever the reader guesses.
            .addDeserializer(Instant.class, new TextOnly<>(Instant.class, InstantDeserializer.INSTANT))
            .addDeserializer(UUID.class, new StrictUuid())
            .addDeserializer(String.class, new StrictText())
            .addKeyDeserializer(String.class, new StrictTextKey()))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // {…}}} is not a request that happens to start well.
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        // 1.5 quarter hours is a mistake to report, not a 1 to store.
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        // A list is a list: a lone object is not a list of one (Micronaut's default says it is).
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .setSerializationInclusion(JsonInclude.Include.ALWAYS)
        .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
  }

  /** Where in a document Jackson failed, as a field path such as {@code kpis[2].targetPercent}; empty at the top. */
  public static String pathOf(Exception e) {
    StringBuilder path = new StringBuilder();
    if (e instanceof JsonMappingException jme) {
      for (JsonMappingException.Reference ref : jme.getPath()) {
        if (ref.getFieldName() != null) {
          path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
    }
    return path.toString();
  }

  /**
   * The rule a document broke: {@code malformed-json} when it is not one JSON value, one of this
   * class's own rules ({@link #FORBIDDEN_CHARACTER}, {@link #NIL_ID}), else {@code type}.
   */
  public static String ruleOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof Refused refused) {
        return refused.rule;
      }
      if (t instanceof JsonParseException) {
        return "malformed-json";
      }
      if (t instanceof MismatchedInputException m && String.valueOf(m.getOriginalMessage())
          .contains("FAIL_ON_TRAILING_TOKENS")) {
        // A second JSON value after the first: Jackson says so only in its message.
        return "malformed-json";
      }
    }
    return "type";
  }

  /** Jackson's message quotes the input; keep only its first line, without source locations. */
  public static String describe(Exception e) {
    String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    if (message == null) {
      return "value has the wrong type";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * The first character a text may not hold, or -1: NUL, and the bidirectional embeddings,
   * overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C).
   */
  public static int forbiddenCharacterIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
          || c == '\u200E' || c == '\u200F' || c == '\u061C') {
        return i;
      }
    }
    return -1;
  }

  /** A value Jackson could read but Trede refuses, with the rule it breaks. */
  public static final class Refused extends MismatchedInputException {
    private final String rule;

    Refused(JsonParser parser, Class<?> type, String rule, String message) {
      super(parser, message, type);
      this.rule = rule;
    }

    public String rule() {
      return rule;
    }
  }

  private static String checked(String text, JsonParser parser) throws Refused {
    int at = text == null ? -1 : forbiddenCharacterIn(text);
    if (at >= 0) {
      throw new Refused(parser, String.class, FORBIDDEN_CHARACTER, String.format(
          "text may not hold NUL or bidirectional control characters (U+%04X at position %d)",
          (int) text.charAt(at), at));
    }
    return text;
  }

  /** Strings as Jackson reads them, refusing the characters of {@link #forbiddenCharacterIn}. */
  private static final class StrictText extends StdScalarDeserializer<String> {
    StrictText() {
      super(String.class);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return checked(StringDeserializer.instance.deserialize(p, ctxt), p);
    }
  }

  private static final class StrictTextKey extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      return checked(key, ctxt.getParser());
    }
  }

  /** The nil UUID is what a default or a bug produces, never an id a device made. */
  private static final class StrictUuid extends UUIDDeserializer {
    @Override
    protected UUID _deserialize(String value, DeserializationContext ctxt) throws IOException {
      UUID id = super._deserialize(value, ctxt);
      if (NIL.equals(id)) {
        throw new Refused(ctxt.getParser(), UUID.class, NIL_ID, "the nil UUID is not an id");
      }
      return id;
    }
  }

  /** A value that must arrive as JSON text (a date, an instant), read by {@code delegate}. */
  private static final class TextOnly<T> extends StdScalarDeserializer<T> {
    private final JsonDeserializer<T> delegate;

    TextOnly(Class<T> type, JsonDeserializer<T> delegate) {
      super(type);
      this.delegate = delegate;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      return delegate.deserialize(p, ctxt);
    }
  }
}
