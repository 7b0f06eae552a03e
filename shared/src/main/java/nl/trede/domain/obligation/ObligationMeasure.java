package nl.trede.domain.obligation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Filing;
import nl.trede.domain.HistoryEntry;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

/**
 * A maatregel or tegenprestatie in the candidate's file (002 §4.5, 000 §5, 001 §2.1.3, 004 §4.3c):
 * decided by the case manager, always with the justification ("Om willekeur te voorkomen zal de
 * klantmanager in het plan van aanpak de keuzes verantwoorden", 001 §2.1.3). A decision about
 * someone's benefit is history: never edited, corrected by a new measure that names it
 * ({@link #correctsId}), like contacts and ladder steps (decision 0029).
 *
 * <p>The seeds name no bounds for the percentage, the months or the hours: the bounds below are
 * ours (a lowering of at most the whole benefit, for at most three years; at most 40 hours a week).
 *
 * @param decidedBy the case manager who decided it (the author)
 * @param decidedOn the day it was decided
 * @param justification why this measure and not another: required (001 §2.1.3 "om willekeur te voorkomen")
 * @param percentage for a maatregel: how much the benefit is lowered (1–100, ours)
 * @param months for a maatregel: for how many months ("tijdelijk verlagen", 002 §4.5; 1–36, ours)
 * @param activity for a tegenprestatie: the unpaid, socially useful activity
 * @param hoursPerWeek for a tegenprestatie: its hours a week (more than 0, at most 40, ours)
 * @param reasonContactId the contact (typically a no-show) the measure follows, when there is one
 * @param fromDate when it takes effect
 * @param untilDate when it ends, if known
 */
public record ObligationMeasure(
    UUID id,
    @Filing UUID candidateId,
    ObligationKind kind,
    UUID decidedBy,
    @Filing LocalDate decidedOn,
    String justification,
    Integer percentage,
    Integer months,
    String activity,
    BigDecimal hoursPerWeek,
    UUID reasonContactId,
    LocalDate fromDate,
    LocalDate untilDate,
    UUID correctsId)
    implements HistoryEntry.ByDay {

  public static final int MAX_TEXT = 2000;
  public static final int MAX_MONTHS = 36;
  static final BigDecimal MAX_HOURS = new BigDecimal("40");

  @Override
  public UUID authorId() {
    return decidedBy;
  }

  @Override
  public LocalDate date() {
    return decidedOn;
  }

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    v.required("candidateId", candidateId);
    v.required("decidedBy", decidedBy);
    if (v.required("decidedOn", decidedOn)) {
      v.withinYears("decidedOn", decidedOn, 30, 0);
    }
    // 001 §2.1.3: "Om willekeur te voorkomen zal de klantmanager ... de keuzes verantwoorden."
    if (v.required("justification", justification)) {
      v.maxLength("justification", justification, MAX_TEXT);
    }
    if (v.required("fromDate", fromDate)) {
      v.withinYears("fromDate", fromDate, 30, 1);
      if (untilDate != null && untilDate.isBefore(fromDate)) {
        v.add("untilDate", "before-from", "a measure ends on or after the day it takes effect");
      }
    }
    if (v.required("kind", kind)) {
      switch (kind) {
        case BENEFIT_REDUCTION -> {
          if (v.required("percentage", percentage)) {
            v.range("percentage", percentage, 1, 100);
          }
          // 002 §4.5: "tijdelijk verlagen": a lowering always says for how long.
          if (v.required("months", months)) {
            v.range("months", months, 1, MAX_MONTHS);
          }
          notFor(v, "activity", activity);
          notFor(v, "hoursPerWeek", hoursPerWeek);
        }
        case COMMUNITY_SERVICE -> {
          if (v.required("activity", activity)) {
            v.maxLength("activity", activity, 500);
          }
          if (v.required("hoursPerWeek", hoursPerWeek)
              && (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(MAX_HOURS) > 0)) {
            v.add("hoursPerWeek", "range", "must be more than 0 and at most 40 hours a week");
          }
          notFor(v, "percentage", percentage);
          notFor(v, "months", months);
        }
      }
    }
    return v.toList();
  }

  private void notFor(Violations v, String field, Object value) {
    if (value != null) {
      v.add(field, "not-for-kind", "a " + (kind == ObligationKind.BENEFIT_REDUCTION ? "maatregel" : "tegenprestatie")
          + " has no " + field);
    }
  }
}
