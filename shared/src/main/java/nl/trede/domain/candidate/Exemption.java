package nl.trede.domain.candidate;

import java.time.LocalDate;

/**
 * A typed exemption with its reason and the period it runs: from when (when known) and, when
 * temporary, until when. Both days are included.
 */
public record Exemption(ExemptionKind kind, String reason, LocalDate from, LocalDate until) {

  /** An exemption whose start is not recorded (files from before the start was kept). */
  public Exemption(ExemptionKind kind, String reason, LocalDate until) {
    this(kind, reason, null, until);
  }
}
