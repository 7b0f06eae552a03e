package nl.trede.domain.employer;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.domain.Corrections;
import nl.trede.domain.Filing;
import nl.trede.domain.HistoryEntry;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

/**
 * A contact with an employer, with no candidate: the visit, call, e-mail or meeting by which a
 * jobhunter acquires vacancies and keeps the relationship ("De werkgever staat voor het WerkBedrijf
 * centraal, hij is de klant", 004 §2.1; the accountmanager "komt bij veel bedrijven in huis en kent
 * de lokale markt", 000 §5.1). Most such contacts lead to no vacancy; before this record they left
 * no trace (issue 17).
 *
 * <p><b>No personal data of candidates.</b> This record is in no candidate's file: every device of
 * the municipality receives it, and nobody's file access is logged for it. So it holds what was
 * said with the employer, never who of the candidates was discussed (names, health, situation):
 * that belongs in a contact in the candidate's file ({@code Contact} with both the candidate and
 * the employer). The form says so ("Geen gegevens van kandidaten in dit verslag"). Who was spoken
 * to is the employer's own person, by name.
 *
 * <p>History: never edited, corrected by a new entry naming it ({@link #correctsId}); "Ongedaan
 * maken" after a sync withdraws it ({@link #withdrawn}, decision 0050), like contacts. The bounds
 * (five years back, 200 and 2000 characters, a follow-up within two years) are ours: the seeds
 * name none.
 *
 * @param employerId the employer (required)
 * @param authorId who had the contact and recorded it: set once by the pushing user
 * @param date the day it took place; not in the future (a day of clock drift allowed)
 * @param spokeWith the employer's person spoken to, by name (optional)
 * @param summary what was discussed and agreed (required)
 * @param followUpDate when to get back to the employer (optional; after {@code date}): the employers
 *     list marks it when due
 * @param vacancyId the vacancy it led to, if any: one of this employer's
 * @param withdrawn this entry says the contact it corrects did not happen (decision 0050)
 */
public record EmployerContact(
    UUID id,
    UUID employerId,
    UUID authorId,
    @Filing LocalDate date,
    EmployerContactKind kind,
    String spokeWith,
    String summary,
    LocalDate followUpDate,
    UUID vacancyId,
    UUID correctsId,
    @JsonSetter(nulls = Nulls.AS_EMPTY) boolean withdrawn)
    implements HistoryEntry.ByDay {

  public static final int MAX_SUMMARY = 2000;
  public static final int MAX_NAME = 200;
  /** How far back a contact may be recorded (ours, as for coaching hours). */
  static final int YEARS_BACK = 5;

  /** In no candidate's file: the whole municipality's, like the employer it is with. */
  @Override
  public UUID candidateId() {
    return null;
  }

  /** The entry {@code id}, made by {@code authorId}, that withdraws this one: the same contact, saying it did not happen. */
  public EmployerContact withdrawal(UUID id, UUID authorId) {
    return new EmployerContact(id, employerId, authorId, date, kind, spokeWith, summary, followUpDate, vacancyId,
        this.id, true);
  }

  /**
   * The entry that undoes this one once the server has it ("Ongedaan maken", decision 0050): a new
   * contact is withdrawn; a correction of {@code replaced} is corrected back to what it said.
   */
  public EmployerContact undoing(UUID id, UUID authorId, EmployerContact replaced) {
    if (correctsId == null || replaced == null) {
      return withdrawal(id, authorId);
    }
    return new EmployerContact(id, replaced.employerId, authorId, replaced.date, replaced.kind, replaced.spokeWith,
        replaced.summary, replaced.followUpDate, replaced.vacancyId, this.id, false);
  }

  /**
   * When to get back to the employer, from its contacts (ours; the seeds are silent): the follow-up
   * of the latest contact in force ({@link Corrections}), by day and then by when it was made. A
   * later contact without a follow-up settles an earlier one: the relation was picked up again.
   *
   * @param contacts the contacts of one employer, corrections and withdrawals included
   */
  public static Optional<LocalDate> followUp(Collection<EmployerContact> contacts) {
    return Corrections.inForce(contacts).stream()
        .max(Comparator.comparing(EmployerContact::date).thenComparing(EmployerContact::id,
            (a, b) -> a.equals(b) ? 0 : Corrections.madeBefore(a, b) ? -1 : 1))
        .map(EmployerContact::followUpDate);
  }

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    v.required("employerId", employerId);
    v.required("authorId", authorId);
    if (v.required("date", date)) {
      v.pastDate("date", date, YEARS_BACK);
    }
    v.required("kind", kind);
    v.maxLength("spokeWith", spokeWith, MAX_NAME);
    if (v.required("summary", summary)) {
      v.maxLength("summary", summary, MAX_SUMMARY);
    }
    if (followUpDate != null && date != null && !followUpDate.isAfter(date)) {
      v.add("followUpDate", "after-date", "followUpDate must lie after the contact's date");
    } else {
      v.withinYears("followUpDate", followUpDate, YEARS_BACK, 2);
    }
    if (correctsId != null && correctsId.equals(id)) {
      v.add("correctsId", "not-self", "a contact cannot correct itself");
    }
    if (withdrawn && correctsId == null) {
      v.add("correctsId", "required-to-withdraw", "a withdrawal names the contact it withdraws in correctsId");
    }
    return v.toList();
  }
}
