package nl.trede.server.web;

import io.micronaut.http.HttpStatus;
import java.util.List;
import nl.trede.domain.Violation;

/** A refusal with a status and the violated rules; becomes an application/problem+json answer. */
public class ProblemException extends RuntimeException {
  private final HttpStatus status;
  private final String type;
  private final List<Violation> violations;

  public ProblemException(HttpStatus status, String type, String detail, List<Violation> violations) {
    super(detail);
    this.status = status;
    this.type = type;
    this.violations = List.copyOf(violations);
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
}
