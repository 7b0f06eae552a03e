package nl.trede.domain.candidate;

import java.time.LocalDate;

/**
 * A typed exemption with its reason, since when it holds and, when temporary, until when: a
 * vrijstelling of the duty to apply for jobs (002 §4.5) or an ontheffing of the duty to work and
 * re-integrate (003 §2C) is granted for a period, and the case manager reviews it when it ends.
 *
 * @param from the first day it holds; null for exemptions recorded before Trede kept the start
 * @param until the last day it holds; null when it holds until further notice (incurable illness)
 */
public record Exemption(ExemptionKind kind, String reason, LocalDate from, LocalDate until) {

  /** An exemption whose start is not known. */
  public Exemption(ExemptionKind kind, String reason, LocalDate until) {
    this(kind, reason, null, until);
  }
}
