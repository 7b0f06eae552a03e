package nl.trede.domain.placement;

import java.time.LocalDate;
import java.util.UUID;
import nl.trede.domain.coaching.CoachKind;

/**
 * The jobcoaching choice for a placement, made by steps and recorded with its reason (000 Bijlage A):
 * 1. is support needed? 2. does the employer or the candidate's own network already give enough? then
 * no extra jobcoaching; 3. is a HARRIE training (a trained colleague: internal jobcoaching) enough?
 * 4. then the municipal jobcoach; 5. only for specialist needs an external one, at the lowest regime.
 * Made to measure and no longer than necessary, so it has a planned end the consulent watches.
 *
 * @param coachKind who coaches; {@code null} when no support is needed
 * @param jobcoachId the municipal jobcoach, a Trede user
 * @param coachName the employer's colleague or the external organisation, by name
 * @param grantedHours the hours granted for the whole coaching period, against which hours are booked
 */
public record Jobcoaching(
    boolean supportNeeded,
    boolean networkSufficient,
    boolean harrieSufficient,
    boolean specialistNeeded,
    CoachKind coachKind,
    String reason,
    UUID jobcoachId,
    String coachName,
    JobcoachRegime regime,
    LocalDate plannedEndDate,
    Integer grantedHours) {

  /** The coach kind the five steps lead to; {@code null} when no jobcoaching follows. */
  public CoachKind stepsLeadTo() {
    if (!supportNeeded || networkSufficient) {
      return null;
    }
    if (harrieSufficient) {
      return CoachKind.INTERNAL;
    }
    return specialistNeeded ? CoachKind.EXTERNAL : CoachKind.MUNICIPAL;
  }
}
