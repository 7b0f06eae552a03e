package nl.trede.domain.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.domain.Filing;
import nl.trede.domain.HistoryEntry;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

/**
 * A contactmoment. Append-only: a mistake is corrected by a new contact whose {@code correctsId}
 * names the one it replaces, so the file keeps what was recorded and when.
 *
 * @param noShow niet verschenen: a possible sanction signal (000 §5, 002 §4.5)
 * @param aftercare nazorg after leaving benefit (002 §3.4.2)
 */
public record Contact(
    UUID id,
    @Filing UUID candidateId,
    UUID employerId,
    UUID authorId,
    LocationType location,
    @Filing Instant occurredAt,
    Integer durationMinutes,
    String othersPresent,
    String summary,
    String agreements,
    LocalDate nextContactDate,
    boolean noShow,
    boolean aftercare,
    UUID correctsId)
    implements HistoryEntry {

  /** A working day; longer is a typo (minutes typed as hours × 100 and the like). */
  public static final int MAX_DURATION_MINUTES = 600;

  @Override
  public LocalDate eventDate() {
    return occurredAt == null ? null : occurredAt.atZone(Violations.ZONE).toLocalDate();
  }

  @Override
  public Optional<Instant> eventTime() {
    return Optional.ofNullable(occurredAt);
  }

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    if (candidateId == null && employerId == null) {
      v.add("candidateId", "candidate-or-employer",
          "a contact is with a candidate, an employer or both");
    }
    v.required("authorId", authorId);
    v.required("location", location);
    if (v.required("occurredAt", occurredAt)) {
      v.notInFuture("occurredAt", occurredAt);
    }
    if (v.required("durationMinutes", durationMinutes)) {
      // A no-show took no time with the candidate; anything else took at least a minute.
      v.range("durationMinutes", durationMinutes, noShow ? 0 : 1, MAX_DURATION_MINUTES);
    }
    v.maxLength("othersPresent", othersPresent, 500);
    v.maxLength("summary", summary, 8000);
    v.maxLength("agreements", agreements, 4000);
    if (nextContactDate != null && occurredAt != null
        && nextContactDate.isBefore(occurredAt.atZone(Violations.ZONE).toLocalDate())) {
      v.add("nextContactDate", "after-contact", "nextContactDate cannot be before the contact");
    }
    v.withinYears("nextContactDate", nextContactDate, 1, 2);
    if (correctsId != null && correctsId.equals(id)) {
      v.add("correctsId", "not-self", "a contact cannot correct itself");
    }
    return v.toList();
  }
}
