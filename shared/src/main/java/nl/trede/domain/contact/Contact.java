package nl.trede.domain.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Collections;
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
 * @param withdrawn this contact corrects {@code correctsId} by saying it did not happen (a slip undone
 *     after it reached the server, decision 0050): no version of it counts. Its other fields repeat
 *     the withdrawn contact's, so it reads as what it takes back. Absent (or null) on the wire means false.
 * @param signals what the contact signals to the case manager from the workplace (002 §3.4.3,
 *     decision 0068); which are still open is {@link WorkplaceSignals}'s rule. Absent, null or empty on
 *     the wire means none.
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
    UUID correctsId,
    // Absent (every contact stored or sent before this field existed) reads as false; the strict
    // mapper would refuse a missing primitive otherwise. An explicit null reads as false too.
    @JsonSetter(nulls = Nulls.AS_EMPTY) boolean withdrawn,
    // Absent (every contact stored or sent before this field existed, and an older app's) reads as
    // none. Left out when empty, so a contact without a signal from this app still reaches a server
    // from before the field, which refuses a field it does not know (unknown-field).
    @JsonSetter(nulls = Nulls.AS_EMPTY) @JsonInclude(JsonInclude.Include.NON_EMPTY) Set<WorkplaceSignal> signals)
    implements HistoryEntry {

  public Contact {
    // In a fixed order, whatever order they came in: the same contact is always the same JSON.
    signals = Collections.ordered(WorkplaceSignal.class, signals);
  }

  /** A contact that withdraws nothing and signals nothing: what every form and import made before signals. */
  public Contact(UUID id, UUID candidateId, UUID employerId, UUID authorId, LocationType location,
      Instant occurredAt, Integer durationMinutes, String othersPresent, String summary, String agreements,
      LocalDate nextContactDate, boolean noShow, boolean aftercare, UUID correctsId) {
    this(id, candidateId, employerId, authorId, location, occurredAt, durationMinutes, othersPresent, summary,
        agreements, nextContactDate, noShow, aftercare, correctsId, false);
  }

  /** A contact without workplace signals (decision 0068), withdrawing or not. */
  public Contact(UUID id, UUID candidateId, UUID employerId, UUID authorId, LocationType location,
      Instant occurredAt, Integer durationMinutes, String othersPresent, String summary, String agreements,
      LocalDate nextContactDate, boolean noShow, boolean aftercare, UUID correctsId, boolean withdrawn) {
    this(id, candidateId, employerId, authorId, location, occurredAt, durationMinutes, othersPresent, summary,
        agreements, nextContactDate, noShow, aftercare, correctsId, withdrawn, Set.of());
  }

  /** The same contact signalling these from the workplace instead of what it signalled. */
  public Contact withSignals(Set<WorkplaceSignal> signals) {
    return new Contact(id, candidateId, employerId, authorId, location, occurredAt, durationMinutes, othersPresent,
        summary, agreements, nextContactDate, noShow, aftercare, correctsId, withdrawn, signals);
  }

  /**
   * The entry {@code id}, made by {@code authorId}, that withdraws this contact: the same contact,
   * saying it did not happen. It repeats the signals too; none counts, since no version of a
   * withdrawn contact does.
   */
  public Contact withdrawal(UUID id, UUID authorId) {
    return new Contact(id, candidateId, employerId, authorId, location, occurredAt, durationMinutes, othersPresent,
        summary, agreements, nextContactDate, noShow, aftercare, this.id, true, signals);
  }

  /**
   * The entry {@code id}, made by {@code authorId}, that undoes this contact once the server has it
   * ("Ongedaan maken" after a sync). A new contact is withdrawn. A correction of {@code replaced} is
   * corrected back to what {@code replaced} said: withdrawing the correction would withdraw the
   * whole contact, since the version made last is the one that counts.
   */
  public Contact undoing(UUID id, UUID authorId, Contact replaced) {
    if (correctsId == null || replaced == null) {
      return withdrawal(id, authorId);
    }
    return new Contact(id, replaced.candidateId, replaced.employerId, authorId, replaced.location, replaced.occurredAt,
        replaced.durationMinutes, replaced.othersPresent, replaced.summary, replaced.agreements,
        replaced.nextContactDate, replaced.noShow, replaced.aftercare, this.id, false, replaced.signals);
  }

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
    if (!signals.isEmpty() && candidateId == null) {
      // 002 §3.4.3: the jobcoach tells about "zaken die spelen op de werkvloer" of someone's job.
      v.add("signals", "candidate-required", "a workplace signal is about a candidate: name the candidate");
    }
    if (withdrawn && correctsId == null) {
      v.add("correctsId", "required-to-withdraw", "a withdrawal names the contact it withdraws in correctsId");
    }
    return v.toList();
  }
}
