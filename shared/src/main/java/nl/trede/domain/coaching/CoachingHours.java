package nl.trede.domain.coaching;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.trede.domain.Filing;
import nl.trede.domain.HistoryEntry;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

/**
 * Jobcoach hours on one day for one candidate at one employer, in quarter hours: the logbook UWV
 * asks of jobcoach organisations and how the consulent watches the regime (000 Bijlage A).
 * Append-only; a correction is a new entry with {@code correctsId} whose quarter hours replace the
 * old entry's.
 *
 * @param confirmedBy the employer's contact who confirmed the hours on the device, by name
 * @param placementId the placement coached, when the hours belong to one (they usually do)
 */
public record CoachingHours(
    UUID id,
    @Filing UUID candidateId,
    UUID employerId,
    @Filing LocalDate date,
    Integer quarterHours,
    CoachingActivity activity,
    CoachKind coachKind,
    UUID authorId,
    String note,
    String confirmedBy,
    Instant confirmedAt,
    UUID correctsId,
    UUID placementId)
    implements HistoryEntry.ByDay {

  /** 24 hours: no entry can exceed a day. */
  public static final int MAX_QUARTER_HOURS_PER_DAY = 96;

  /** Whether the employer's contact confirmed these hours (by name, on the jobcoach's phone). */
  public boolean confirmed() {
    return confirmedBy != null && !confirmedBy.isBlank();
  }

  /**
   * The employer's confirmation of this entry, given afterwards (a week at once, decision 0031):
   * hours are history, so it is a correction that repeats the entry's hours, day, activity, coach,
   * note and placement and adds who confirmed and when. It replaces the entry, so the totals stay
   * what they were and the entry now counts as confirmed.
   *
   * @param authorId who records the confirmation (the pusher, as for any new entry)
   */
  public CoachingHours confirmation(UUID newId, UUID authorId, String by, Instant at) {
    return new CoachingHours(newId, candidateId, employerId, date, quarterHours, activity, coachKind, authorId, note,
        by, at, id, placementId);
  }

  /** Whether this entry corrects {@code corrected} only to add a confirmation: the hours themselves are the same. */
  public boolean onlyConfirms(CoachingHours corrected) {
    return corrected != null && corrected.id().equals(correctsId) && confirmed() && !corrected.confirmed()
        && Objects.equals(candidateId, corrected.candidateId)
        && Objects.equals(employerId, corrected.employerId) && Objects.equals(date, corrected.date)
        && Objects.equals(quarterHours, corrected.quarterHours) && activity == corrected.activity
        && coachKind == corrected.coachKind && Objects.equals(note, corrected.note)
        && Objects.equals(placementId, corrected.placementId);
  }

  public BigDecimal hours() {
    return quarterHours == null ? BigDecimal.ZERO
        : BigDecimal.valueOf(quarterHours).divide(BigDecimal.valueOf(4));
  }

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    v.required("candidateId", candidateId);
    v.required("employerId", employerId);
    if (v.required("date", date)) {
      v.pastDate("date", date, 5);
    }
    if (v.required("quarterHours", quarterHours)) {
      // A correction may bring an entry to zero; a new entry books at least a quarter hour.
      v.range("quarterHours", quarterHours, correctsId == null ? 1 : 0, MAX_QUARTER_HOURS_PER_DAY);
    }
    v.required("activity", activity);
    v.required("coachKind", coachKind);
    v.required("authorId", authorId);
    v.maxLength("note", note, 2000);
    v.maxLength("confirmedBy", confirmedBy, 200);
    if (confirmedAt != null && (confirmedBy == null || confirmedBy.isBlank())) {
      v.add("confirmedBy", "required", "a confirmation names who confirmed");
    }
    v.notInFuture("confirmedAt", confirmedAt);
    return v.toList();
  }
}
