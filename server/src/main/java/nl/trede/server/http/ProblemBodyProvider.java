package nl.trede.server.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Optional;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.sync.Problem;

/**
 * The one place where errors become response bodies: every error Micronaut or Trede raises (bad
 * JSON, wrong types, too large, unknown route, unauthorised, broken rules) is answered as
 * {@code application/problem+json} naming the field and the rule.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {
  static final String TYPE_BASE = "https://trede.nl/problems/";

  @Override
  public Problem body(ErrorContext context, HttpResponse<?> response) {
    HttpStatus status = response.getStatus();
    String type = context.getRootCause()
        .filter(ProblemException.class::isInstance)
        .map(e -> ((ProblemException) e).type())
        .orElse(defaultType(status));
    List<Violation> violations = jsonViolation(context)
        .map(List::of)
        .orElseGet(() -> context.getErrors().stream().map(error -> toViolation(error, status)).toList());
    String detail = violations.isEmpty() ? status.getReason() : violations.get(0).message();
    return new Problem(TYPE_BASE + type, status.getReason(), status.getCode(), detail, violations);
  }

  @Override
  public String contentType() {
    return Problem.MEDIA_TYPE;
  }

  /**
   * A body that is not valid JSON or has a value of the wrong type: name the JSON path of the
   * offending field (e.g. {@code mutations[0].id}) rather than Micronaut's argument name.
   */
  private static Optional<Violation> jsonViolation(ErrorContext context) {
    Throwable root = context.getRootCause().orElse(null);
    // Broken JSON first: a mapping error may wrap it, but then the path is only where it broke.
    for (Throwable t = root; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof JsonParseException parse) {
        return Optional.of(new Violation("body", "malformed-json",
            "the body is not valid JSON: " + parse.getOriginalMessage()));
      }
    }
    for (Throwable t = root; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof JsonMappingException mapping) {
        // The shared mapper's rules (strict JSON): the same rule names the sync merge rules give.
        String path = Json.pathOf(mapping);
        return Optional.of(new Violation(path.isEmpty() ? "body" : path, Json.ruleOf(mapping),
            Json.describe(mapping)));
      }
    }
    return Optional.empty();
  }

  private static Violation toViolation(Error error, HttpStatus status) {
    if (error instanceof ViolationError v) {
      return v.violation();
    }
    String field = error.getPath().orElse("request");
    return new Violation(field, defaultType(status), error.getMessage());
  }

  private static String defaultType(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "malformed-request";
      case UNAUTHORIZED -> "unauthorized";
      case FORBIDDEN -> "forbidden";
      case NOT_FOUND -> "not-found";
      case METHOD_NOT_ALLOWED -> "method-not-allowed";
      case REQUEST_ENTITY_TOO_LARGE -> "too-large";
      case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
      default -> status.getCode() >= 500 ? "server-error" : "invalid-request";
    };
  }
}
