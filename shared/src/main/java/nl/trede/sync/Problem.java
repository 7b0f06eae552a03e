package nl.trede.sync;

import java.util.List;
import nl.trede.domain.Violation;

/**
 * An {@code application/problem+json} answer (RFC 9457) with the violations that caused it, so
 * a client can show every field at once.
 */
public record Problem(String type, String title, int status, String detail, List<Violation> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }
}
