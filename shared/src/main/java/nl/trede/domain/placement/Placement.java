package nl.trede.domain.placement;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Filing;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

/**
 * A candidate at an employer or activity (plaatsing, DOMAIN §2), with the instruments granted and
 * the jobcoaching choice. Unlike contacts it is edited over its life (extended, ended), so its
 * fields merge one by one in sync.
 *
 * @param employerId the employer, for kinds that take place at one
 * @param vacancyId the employer's vacancy this placement filled, if it came from one (optional, decision 0062)
 * @param organisation the volunteer organisation, day-activity or training provider, by name
 * @param withIntent a WEP "met intentie" (to a job at this employer): at most 3 months (001 §2.1.3)
 * @param contractMonths the length of the contract offered, which decides the werkgeverscheque (002 §3.4.4)
 * @param evaluation how it worked, for the candidate and the professional, once ended (003 §1B; absent
 *     on the wire from older devices, so optional)
 * @param displacementCheck that the work displaces no regular job, when and by whom (001 §2.1.3); the
 *     municipality's {@code placements.displacementCheck} may require it for some kinds (decision 0061)
 */
public record Placement(
    UUID id,
    @Filing UUID candidateId,
    PlacementKind kind,
    UUID employerId,
    UUID vacancyId,
    String organisation,
    String role,
    String goal,
    String supervision,
    LocalDate startDate,
    LocalDate plannedEndDate,
    LocalDate endDate,
    PlacementEndReason endReason,
    BigDecimal hoursPerWeek,
    Integer contractMonths,
    boolean withIntent,
    List<InstrumentUse> instruments,
    Jobcoaching jobcoaching,
    UUID createdBy,
    PlacementEvaluation evaluation,
    DisplacementCheck displacementCheck)
    implements DomainRecord {

  /** 001 §2.1.3: a WEP with the intention of a job lasts at most three months. */
  public static final int MAX_WEP_WITH_INTENT_MONTHS = 3;

  @JsonCreator
  public Placement {
    instruments = instruments == null ? List.of() : List.copyOf(instruments);
  }

  /** A placement not (yet) evaluated. */
  public Placement(UUID id, UUID candidateId, PlacementKind kind, UUID employerId, UUID vacancyId, String organisation,
      String role, String goal, String supervision, LocalDate startDate, LocalDate plannedEndDate, LocalDate endDate,
      PlacementEndReason endReason, BigDecimal hoursPerWeek, Integer contractMonths, boolean withIntent,
      List<InstrumentUse> instruments, Jobcoaching jobcoaching, UUID createdBy) {
    this(id, candidateId, kind, employerId, vacancyId, organisation, role, goal, supervision, startDate, plannedEndDate,
        endDate, endReason, hoursPerWeek, contractMonths, withIntent, instruments, jobcoaching, createdBy, null);
  }

  /** A placement without a recorded displacement check. */
  public Placement(UUID id, UUID candidateId, PlacementKind kind, UUID employerId, UUID vacancyId, String organisation,
      String role, String goal, String supervision, LocalDate startDate, LocalDate plannedEndDate, LocalDate endDate,
      PlacementEndReason endReason, BigDecimal hoursPerWeek, Integer contractMonths, boolean withIntent,
      List<InstrumentUse> instruments, Jobcoaching jobcoaching, UUID createdBy, PlacementEvaluation evaluation) {
    this(id, candidateId, kind, employerId, vacancyId, organisation, role, goal, supervision, startDate, plannedEndDate,
        endDate, endReason, hoursPerWeek, contractMonths, withIntent, instruments, jobcoaching, createdBy, evaluation,
        null);
  }

  /** The same placement with this evaluation. */
  public Placement withEvaluation(PlacementEvaluation value) {
    return new Placement(id, candidateId, kind, employerId, vacancyId, organisation, role, goal, supervision, startDate,
        plannedEndDate, endDate, endReason, hoursPerWeek, contractMonths, withIntent, instruments, jobcoaching,
        createdBy, value, displacementCheck);
  }

  /** The same placement with this displacement check. */
  public Placement withDisplacementCheck(DisplacementCheck value) {
    return new Placement(id, candidateId, kind, employerId, vacancyId, organisation, role, goal, supervision, startDate,
        plannedEndDate, endDate, endReason, hoursPerWeek, contractMonths, withIntent, instruments, jobcoaching,
        createdBy, evaluation, value);
  }

  @Override
  public UUID author() {
    return createdBy;
  }

  @Override
  public UUID fileCandidateId() {
    return candidateId;
  }

  /** Running on this day: started, and not ended before it. */
  public boolean isActiveOn(LocalDate day) {
    return startDate != null && !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
  }

  /** Active at some day of [from, to]. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return startDate != null && !startDate.isAfter(to) && (endDate == null || !endDate.isBefore(from));
  }

  /** Jobcoaching past its planned end while the placement still runs (000 Bijlage A). */
  public boolean coachingOverrun(LocalDate today) {
    return jobcoaching != null && jobcoaching.coachKind() != null
        && jobcoaching.plannedEndDate() != null && today.isAfter(jobcoaching.plannedEndDate())
        && isActiveOn(today);
  }

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    v.required("candidateId", candidateId);
    if (v.required("kind", kind)) {
      if (kind.atEmployer()) {
        v.required("employerId", employerId);
      } else if (employerId == null) {
        v.required("organisation", organisation);
      }
    }
    if (vacancyId != null && employerId == null) {
      v.add("vacancyId", "requires-employer", "a vacancy is filled at its employer: vacancyId goes with employerId");
    }
    v.maxLength("organisation", organisation, 200);
    v.maxLength("role", role, 200);
    v.maxLength("goal", goal, 2000);
    v.maxLength("supervision", supervision, 1000);
    if (v.required("startDate", startDate)) {
      v.withinYears("startDate", startDate, 30, 1);
    }
    v.withinYears("plannedEndDate", plannedEndDate, 30, 10);
    if (plannedEndDate != null && startDate != null && plannedEndDate.isBefore(startDate)) {
      v.add("plannedEndDate", "after-start", "plannedEndDate cannot be before startDate");
    }
    if (endDate != null) {
      v.pastDate("endDate", endDate, 30);
      if (startDate != null && endDate.isBefore(startDate)) {
        v.add("endDate", "after-start", "endDate cannot be before startDate");
      }
      v.required("endReason", endReason);
    } else if (endReason != null) {
      v.add("endReason", "requires-end-date", "endReason goes with endDate");
    }
    if (hoursPerWeek != null && (hoursPerWeek.signum() <= 0
        || hoursPerWeek.compareTo(BigDecimal.valueOf(48)) > 0)) {
      v.add("hoursPerWeek", "range", "hoursPerWeek must be more than 0 and at most 48");
    }
    v.range("contractMonths", contractMonths, 1, 120);
    if (kind == PlacementKind.WORK_EXPERIENCE) {
      // 001 §2.1.3: goal, duration, hours, supervision and follow-up are agreed up front, so a WEP
      // is never a way to keep someone busy.
      v.required("goal", goal);
      v.required("supervision", supervision);
      v.required("plannedEndDate", plannedEndDate);
      v.required("hoursPerWeek", hoursPerWeek);
      if (withIntent && startDate != null && plannedEndDate != null
          && plannedEndDate.isAfter(startDate.plusMonths(MAX_WEP_WITH_INTENT_MONTHS))) {
        v.add("plannedEndDate", "wep-with-intent-max-3-months",
            "a WEP met intentie lasts at most 3 months (001 §2.1.3)");
      }
    } else if (withIntent) {
      v.add("withIntent", "wep-only", "only a werkervaringsplaats is met intentie");
    }
    validateInstruments(v);
    if (jobcoaching != null) {
      validateJobcoaching(v);
    }
    if (evaluation != null) {
      // The effect is judged afterwards (001 §5.1 "achteraf"): a running placement has none yet.
      if (endDate == null) {
        v.add("evaluation", "requires-end-date", "a placement is evaluated when it has ended");
      }
      evaluation.validate(v, "evaluation");
    }
    if (displacementCheck != null) {
      displacementCheck.validate(v, "displacementCheck");
    }
    v.required("createdBy", createdBy);
    return v.toList();
  }

  private void validateInstruments(Violations v) {
    for (int i = 0; i < instruments.size(); i++) {
      InstrumentUse use = instruments.get(i);
      String at = "instruments[" + i + "]";
      v.required(at + ".code", use.code());
      if (use.amount() != null && use.amount().signum() < 0) {
        v.add(at + ".amount", "range", "an amount cannot be negative");
      }
      v.withinYears(at + ".grantedOn", use.grantedOn(), 30, 1);
      v.maxLength(at + ".note", use.note(), 1000);
    }
  }

  private void validateJobcoaching(Violations v) {
    Jobcoaching j = jobcoaching;
    // 000 Bijlage A: the choice is made by steps and recorded with its reason.
    if (v.required("jobcoaching.reason", j.reason())) {
      v.maxLength("jobcoaching.reason", j.reason(), 2000);
    }
    if (j.coachKind() != j.stepsLeadTo()) {
      v.add("jobcoaching.coachKind", "jobcoaching-steps", j.stepsLeadTo() == null
          ? "no extra jobcoaching when no support is needed or the employer's or own network gives enough"
          : "the steps lead to a " + j.stepsLeadTo() + " jobcoach, not " + j.coachKind()
              + " (000 Bijlage A)");
    }
    if (j.coachKind() == null) {
      return;
    }
    switch (j.coachKind()) {
      case MUNICIPAL -> v.required("jobcoaching.jobcoachId", j.jobcoachId());
      case INTERNAL, EXTERNAL -> v.required("jobcoaching.coachName", j.coachName());
    }
    if (j.coachKind() == nl.trede.domain.coaching.CoachKind.EXTERNAL && j.regime() != JobcoachRegime.LOW
        && j.regime() != null) {
      v.add("jobcoaching.regime", "lowest-regime",
          "an external jobcoach starts at the lowest regime (000 Bijlage A)");
    }
    v.maxLength("jobcoaching.coachName", j.coachName(), 200);
    // Always made to measure and no longer than necessary: the duration is set and watched.
    if (v.required("jobcoaching.plannedEndDate", j.plannedEndDate()) && startDate != null
        && !j.plannedEndDate().isAfter(startDate)) {
      v.add("jobcoaching.plannedEndDate", "after-start", "coaching ends after the placement starts");
    }
    v.range("jobcoaching.grantedHours", j.grantedHours(), 1, 2000);
  }
}
