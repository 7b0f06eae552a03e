package nl.trede.server.http;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Map;
import nl.trede.domain.Violation;

/** A refusal with a status and the violated rules; becomes an application/problem+json answer. */
public class ProblemException extends RuntimeException {
  private final HttpStatus status;
  private final String type;
  private final List<Violation> violations;
  private final Map<String, String> headers;

  public ProblemException(HttpStatus status, String type, String detail, List<Violation> violations) {
    this(status, type, detail, violations, Map.of());
  }

  /** @param headers sent with the answer, e.g. Retry-After with a 429 */
  public ProblemException(HttpStatus status, String type, String detail, List<Violation> violations,
      Map<String, String> headers) {
    super(detail);
    this.status = status;
    this.type = type;
    this.violations = List.copyOf(violations);
    this.headers = Map.copyOf(headers);
  }

  public static ProblemException badRequest(String field, String rule, String message) {
    return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", message,
        List.of(new Violation(field, rule, message)));
  }

  public HttpStatus status() {
    return status;
  }

  public String type() {
    return type;
  }

  public List<Violation> violations() {
    return violations;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
