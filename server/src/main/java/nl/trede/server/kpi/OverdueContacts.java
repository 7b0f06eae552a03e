package nl.trede.server.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.trede.config.ContactPolicy;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Candidate;

/**
 * Overdue contacts per coach (DOMAIN §5, §6), at a reference date. Definitions in docs/kpis.md.
 *
 * <ul>
 *   <li>Population: candidates whose file exists (not deleted), was registered on or before the
 *       reference date and is open on it.</li>
 *   <li>Due date: the municipality's contact policy, {@link ContactPolicy#due} — the one definition
 *       of "when is the next contact due" the field app and the console share: the date agreed at
 *       the last conversation (a no-show does not count), else that conversation plus the plan's
 *       frequency (or the municipality's default), for a file nobody has spoken to its start plus
 *       that frequency, never later than a rule such as Overbetuwe's yearly "meedoen" contact
 *       allows.</li>
 *   <li>Overdue: the due date lies before the reference date; days overdue count from the due date.</li>
 *   <li>Per coach: every coach on the candidate counts it; a candidate without coaches counts for its
 *       case manager; one with neither under "nobody".</li>
 *   <li>Nazorg, apart (decision 0057): files closed for work, registered by the reference date, whose
 *       municipality's aftercare schedule still has a contact due ({@link ContactPolicy#aftercareDue});
 *       late when that date lies before the reference date. Aftercare contacts are contacts too
 *       (DOMAIN §2), but a closed file is not in the caseload the share above is of, so they are
 *       counted beside it, never in it.</li>
 * </ul>
 */
public final class OverdueContacts {
  private OverdueContacts() {}

  /**
   * @param lastContact the last conversation; null when the candidate was never spoken to
   * @param responsible the coaches (or the case manager) the candidate counts for
   * @param capped whether a contact rule of the municipality brought the due date forward
   * @param lastInGroup the last conversation was a group contact attended (decision 0064)
   */
  public record CandidateStatus(UUID candidateId, String name, List<UUID> responsible,
      LocalDate lastContact, LocalDate due, int frequencyDays, boolean overdue, long daysOverdue, boolean capped,
      boolean lastInGroup) {}

  /** One coach's caseload; {@code userId} null for candidates nobody is responsible for. */
  public record PerPerson(UUID userId, int candidates, int overdue, long longestOverdueDays) {
    public double share() {
      return candidates == 0 ? Double.NaN : (double) overdue / candidates;
    }
  }

  /**
   * @param aftercare files closed for work with an aftercare contact still due on the reference date
   * @param aftercareOverdue of those, the ones whose aftercare contact is late
   */
  public record Result(LocalDate reference, int candidates, int overdue, int neverSpokenTo,
      List<PerPerson> perPerson, List<CandidateStatus> statuses, int aftercare, int aftercareOverdue) {
    public List<CandidateStatus> overdueOnly() {
      return statuses.stream().filter(CandidateStatus::overdue).toList();
    }
  }

  /** The status of one file, or empty when it is not in the population (registered later, or closed). */
  public static Optional<CandidateStatus> status(ContactPolicy policy, Synced<CandidateFile> s, LocalDate reference) {
    if (!OpenFiles.on(reference, s)) {
      return Optional.empty();
    }
    CandidateFile file = s.record();
    Optional<ContactPolicy.Due> due = policy.due(file, reference, s.syncedOn());
    if (due.isEmpty()) {
      return Optional.empty();
    }
    Candidate candidate = file.candidate();
    boolean late = due.get().overdueOn(reference);
    long days = late ? ChronoUnit.DAYS.between(due.get().date(), reference) : 0;
    List<UUID> responsible = !candidate.coachIds().isEmpty() ? candidate.coachIds()
        : candidate.caseManagerId() != null ? List.of(candidate.caseManagerId()) : Collections.singletonList(null);
    return Optional.of(new CandidateStatus(candidate.id(), candidate.displayName(), responsible,
        due.get().lastConversation(), due.get().date(), due.get().frequencyDays(), late, days, due.get().capped(),
        due.get().inGroup()));
  }

  public static Result compute(ContactPolicy policy, List<Synced<CandidateFile>> files, LocalDate reference) {
    List<CandidateStatus> statuses = new ArrayList<>();
    Map<UUID, int[]> counts = new LinkedHashMap<>();
    Map<UUID, Long> longest = new HashMap<>();
    int overdue = 0;
    int never = 0;
    int aftercare = 0;
    int aftercareLate = 0;
    for (Synced<CandidateFile> s : files) {
      Optional<nl.trede.config.Aftercare.Due> after = s.syncedOn().isAfter(reference) ? Optional.empty()
          : policy.aftercareDue(s.record(), reference);
      if (after.isPresent()) {
        aftercare++;
        aftercareLate += after.get().date().isBefore(reference) ? 1 : 0;
      }
      Optional<CandidateStatus> found = status(policy, s, reference);
      if (found.isEmpty()) {
        continue;
      }
      CandidateStatus st = found.get();
      if (st.lastContact() == null) {
        never++;
      }
      if (st.overdue()) {
        overdue++;
      }
      for (UUID person : st.responsible()) {
        int[] c = counts.computeIfAbsent(person, k -> new int[2]);
        c[0]++;
        if (st.overdue()) {
          c[1]++;
          longest.merge(person, st.daysOverdue(), Math::max);
        }
      }
      statuses.add(st);
    }
    List<PerPerson> perPerson = new ArrayList<>();
    counts.forEach((person, c) -> perPerson.add(new PerPerson(person, c[0], c[1], longest.getOrDefault(person, 0L))));
    perPerson.sort(Comparator.comparingInt(PerPerson::overdue).reversed()
        .thenComparing(p -> p.userId() == null ? "" : p.userId().toString()));
    statuses.sort(Comparator.comparingLong(CandidateStatus::daysOverdue).reversed()
        .thenComparing(CandidateStatus::due).thenComparing(CandidateStatus::name));
    return new Result(reference, statuses.size(), overdue, never, perPerson, statuses, aftercare, aftercareLate);
  }
}
