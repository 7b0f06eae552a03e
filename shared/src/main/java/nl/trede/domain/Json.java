package nl.trede.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * The one JSON configuration of Trede. The server applies {@link #configure} to Micronaut's mapper
 * and the client uses {@link #MAPPER}, so both sides read and write records identically: dates as
 * ISO-8601 strings, nulls written out, unknown properties tolerated (and reported by the sync merge
 * rules, which name the field). Only record components are properties: a helper such as
 * {@code isIntake()} on a record must not leak into the wire format.
 */
public final class Json {
  public static final ObjectMapper MAPPER = configure(new ObjectMapper());

  private Json() {}

  public static ObjectMapper configure(ObjectMapper mapper) {
    // Text stays text: a KvK number sent as a number would already have lost its leading zero.
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return mapper
        .registerModule(new JavaTimeModule())
        // 31 February is refused, not quietly read as 28 February.
        .registerModule(new SimpleModule().addDeserializer(LocalDate.class, new LocalDateDeserializer(
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT))))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
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

  /** Jackson's message quotes the input; keep only its first line, without source locations. */
  public static String describe(Exception e) {
    String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    if (message == null) {
      return "value has the wrong type";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
