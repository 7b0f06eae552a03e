package nl.trede.server.http;

import io.micronaut.http.server.exceptions.response.Error;
import java.util.Optional;
import nl.trede.domain.Violation;

/** Carries a violation's rule code through Micronaut's error pipeline into the problem body. */
record ViolationError(Violation violation) implements Error {
  @Override
  public String getMessage() {
    return violation.message();
  }

  @Override
  public Optional<String> getPath() {
    return Optional.ofNullable(violation.field());
  }
}
