package nl.trede.server.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;

/**
 * Overdue contacts per coach (DOMAIN §5, §6), at a reference date. Definitions in docs/kpis.md.
 *
 * <ul>
 *   <li>Population: candidates whose file exists (not deleted) and was registered on or before the
 *       reference date.</li>
 *   <li>Last contact: the latest contact in force with the candidate on or before the reference date
 *       where the candidate showed up; a no-show is not a conversation and does not reset the clock.</li>
 *   <li>Due date: the last contact's agreed next contact date; without one, the last contact plus the
 *       plan's contact frequency; without any contact, the file's registration plus the frequency.
 *       Without a frequency in the plan: 365 days, the minimum of once a year (000 §5.3).</li>
 *   <li>Overdue: the due date lies before the reference date; days overdue count from the due date.</li>
 *   <li>Per coach: every coach on the candidate counts it; a candidate without coaches counts for its
 *       case manager; one with neither under "nobody".</li>
 * </ul>
 */
public final class OverdueContacts {
  /** Once a year: the least any candidate is spoken to, also on the "meedoen" track (000 §5.3). */
  public static final int DEFAULT_FREQUENCY_DAYS = 365;

  private OverdueContacts() {}

  /**
   * @param lastContact null when the candidate was never spoken to
   * @param responsible the coaches (or the case manager) the candidate counts for
   */
  public record CandidateStatus(UUID candidateId, String name, List<UUID> responsible,
      LocalDate lastContact, LocalDate due, int frequencyDays, boolean overdue, long daysOverdue) {}

  /** One coach's caseload; {@code userId} null for candidates nobody is responsible for. */
  public record PerPerson(UUID userId, int candidates, int overdue, long longestOverdueDays) {
    public double share() {
      return candidates == 0 ? Double.NaN : (double) overdue / candidates;
    }
  }

  public record Result(LocalDate reference, int candidates, int overdue, int neverSpokenTo,
      List<PerPerson> perPerson, List<CandidateStatus> statuses) {
    public List<CandidateStatus> overdueOnly() {
      return statuses.stream().filter(CandidateStatus::overdue).toList();
    }
  }

  public static Result compute(List<Synced<Candidate>> candidates, List<Synced<Contact>> contacts,
      LocalDate reference) {
    Map<UUID, Synced<Contact>> last = new HashMap<>();
    for (Synced<Contact> c : Corrections.inForce(contacts, Contact::id, Contact::correctsId)) {
      Contact contact = c.record();
      if (contact.candidateId() == null || contact.noShow()) {
        continue;
      }
      if (contact.occurredAt().atZone(Violations.ZONE).toLocalDate().isAfter(reference)) {
        continue;
      }
      last.merge(contact.candidateId(), c, (a, b) -> later(a, b));
    }
    List<CandidateStatus> statuses = new ArrayList<>();
    Map<UUID, int[]> counts = new LinkedHashMap<>();
    Map<UUID, Long> longest = new HashMap<>();
    int overdue = 0;
    int never = 0;
    for (Synced<Candidate> s : candidates) {
      if (s.syncedOn().isAfter(reference)) {
        continue;
      }
      Candidate candidate = s.record();
      int frequency = candidate.plan() != null && candidate.plan().contactFrequencyDays() != null
          ? candidate.plan().contactFrequencyDays() : DEFAULT_FREQUENCY_DAYS;
      Synced<Contact> latest = last.get(candidate.id());
      LocalDate lastDate = latest == null ? null
          : latest.record().occurredAt().atZone(Violations.ZONE).toLocalDate();
      LocalDate due;
      if (latest == null) {
        due = s.syncedOn().plusDays(frequency);
        never++;
      } else if (latest.record().nextContactDate() != null) {
        due = latest.record().nextContactDate();
      } else {
        due = lastDate.plusDays(frequency);
      }
      boolean late = due.isBefore(reference);
      long days = late ? ChronoUnit.DAYS.between(due, reference) : 0;
      if (late) {
        overdue++;
      }
      List<UUID> responsible = !candidate.coachIds().isEmpty() ? candidate.coachIds()
          : candidate.caseManagerId() != null ? List.of(candidate.caseManagerId()) : java.util.Collections.singletonList(null);
      for (UUID person : responsible) {
        int[] c = counts.computeIfAbsent(person, k -> new int[2]);
        c[0]++;
        if (late) {
          c[1]++;
          longest.merge(person, days, Math::max);
        }
      }
      statuses.add(new CandidateStatus(candidate.id(), candidate.displayName(), responsible, lastDate, due,
          frequency, late, days));
    }
    List<PerPerson> perPerson = new ArrayList<>();
    counts.forEach((person, c) -> perPerson.add(new PerPerson(person, c[0], c[1], longest.getOrDefault(person, 0L))));
    perPerson.sort(Comparator.comparingInt(PerPerson::overdue).reversed()
        .thenComparing(p -> p.userId() == null ? "" : p.userId().toString()));
    statuses.sort(Comparator.comparingLong(CandidateStatus::daysOverdue).reversed()
        .thenComparing(CandidateStatus::due).thenComparing(CandidateStatus::name));
    return new Result(reference, statuses.size(), overdue, never, perPerson, statuses);
  }

  private static Synced<Contact> later(Synced<Contact> a, Synced<Contact> b) {
    int byTime = a.record().occurredAt().compareTo(b.record().occurredAt());
    if (byTime != 0) {
      return byTime > 0 ? a : b;
    }
    return a.seq() >= b.seq() ? a : b;
  }
}
