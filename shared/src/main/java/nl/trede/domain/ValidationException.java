package nl.trede.domain;

import java.util.List;

/** Thrown where a caller asked for a valid record and got one with violations. */
public class ValidationException extends RuntimeException {
  private final List<Violation> violations;

  public ValidationException(List<Violation> violations) {
    super(violations.size() + " violation(s): " + violations);
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
