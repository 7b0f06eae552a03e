package nl.trede.server.kpi;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.trede.config.GroupContacts;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Corrections;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.sync.RecordType;

/**
 * Candidate files as the figures read them: each live candidate of a scope with its ladder steps,
 * placements and contacts, and the versions of the candidate record (dated by the day the server
 * received them) for classifications on past days. Reads through {@link KpiRecords}, the one way
 * figures read synced records, and applies {@link Corrections} before the file is built, so a
 * corrected step or contact counts nowhere and of two corrections of one entry only the later one
 * counts, as in every other figure. Deleted records are left out: a tombstone means the record
 * should not have existed (a duplicate, a mistake). The group contacts a candidate attended are
 * added by the shared rule ({@link GroupContacts}), so the contact due here is the field app's.
 *
 * <p>Each file comes as a {@link Synced}: its {@link Synced#syncedOn} is the day the file was
 * registered (first reached the server).
 */
@Singleton
public class CandidateFileLoader {
  private final KpiRecords records;
  private final InstalledConfiguration configuration;

  public CandidateFileLoader(KpiRecords records, InstalledConfiguration configuration) {
    this.records = records;
    this.configuration = configuration;
  }

  /** Every file in scope: the municipality's, or the files in one user's caseload. */
  public List<Synced<CandidateFile>> load(KpiScope scope) {
    return assemble(records.load(scope, RecordType.CANDIDATE, Candidate.class),
        records.history(scope, RecordType.CANDIDATE, Candidate.class),
        records.load(scope, RecordType.LADDER_STEP, LadderStep.class),
        records.load(scope, RecordType.PLACEMENT, Placement.class),
        records.load(scope, RecordType.CONTACT, Contact.class),
        groupContacts(scope.tenantId(), () -> records.load(scope, RecordType.SESSION_ATTENDANCE,
            SessionAttendance.class)));
  }

  /**
   * These candidates' files (a page of a list), without the record's versions: enough for what
   * holds today. The caller checked that the user may see them.
   */
  public List<Synced<CandidateFile>> load(String tenantId, Collection<String> candidateIds) {
    if (candidateIds.isEmpty()) {
      return List.of();
    }
    return assemble(records.loadFiles(tenantId, RecordType.CANDIDATE, Candidate.class, candidateIds), List.of(),
        records.loadFiles(tenantId, RecordType.LADDER_STEP, LadderStep.class, candidateIds),
        records.loadFiles(tenantId, RecordType.PLACEMENT, Placement.class, candidateIds),
        records.loadFiles(tenantId, RecordType.CONTACT, Contact.class, candidateIds),
        groupContacts(tenantId, candidateIds));
  }

  /**
   * The days of the group contacts each of these candidates attended ({@link GroupContacts}); the
   * caller checked that the user may see them. Empty where no kind of session counts as a contact.
   */
  public Map<UUID, List<LocalDate>> groupContacts(String tenantId, Collection<String> candidateIds) {
    return candidateIds.isEmpty() ? Map.of() : groupContacts(tenantId,
        () -> records.loadFiles(tenantId, RecordType.SESSION_ATTENDANCE, SessionAttendance.class, candidateIds));
  }

  /**
   * The invitations are read only where a kind counts (Lansingerland's groepscontact), so the other
   * municipalities' figures read nothing more; the sessions name nobody and are the municipality's.
   */
  private Map<UUID, List<LocalDate>> groupContacts(String tenantId,
      Supplier<List<Synced<SessionAttendance>>> invitations) {
    MunicipalityConfig config = configuration.of(tenantId).orElse(null);
    if (GroupContacts.kinds(config).isEmpty()) {
      return Map.of();
    }
    return GroupContacts.daysByCandidate(config,
        records.load(KpiScope.municipality(tenantId), RecordType.GROUP_SESSION, GroupSession.class).stream()
            .map(Synced::record).toList(),
        invitations.get().stream().map(Synced::record).toList());
  }

  /**
   * Builds the files from records as they are stored (each list in the order the server received
   * them). Pure, so a test can hand it a fixed data set.
   *
   * @param history versions of the candidate records, oldest first per record
   * @param groupContacts per candidate, the days of the group contacts that count ({@link GroupContacts})
   */
  public static List<Synced<CandidateFile>> assemble(List<Synced<Candidate>> candidates,
      List<Synced<Candidate>> history, List<Synced<LadderStep>> steps, List<Synced<Placement>> placements,
      List<Synced<Contact>> contacts, Map<UUID, List<LocalDate>> groupContacts) {
    Map<UUID, List<LadderStep>> stepsOf = byCandidate(
        Corrections.inForce(steps, Synced::record), LadderStep::candidateId);
    Map<UUID, List<Contact>> contactsOf = byCandidate(
        Corrections.inForce(contacts, Synced::record), Contact::candidateId);
    Map<UUID, List<Placement>> placementsOf = byCandidate(placements, Placement::candidateId);
    Map<UUID, List<CandidateFile.Version>> versionsOf = new HashMap<>();
    for (Synced<Candidate> version : history) {
      versionsOf.computeIfAbsent(version.record().id(), k -> new ArrayList<>())
          .add(new CandidateFile.Version(version.syncedOn(), version.record()));
    }
    List<Synced<CandidateFile>> files = new ArrayList<>(candidates.size());
    for (Synced<Candidate> c : candidates) {
      UUID id = c.record().id();
      files.add(new Synced<>(new CandidateFile(c.record(), stepsOf.getOrDefault(id, List.of()),
          placementsOf.getOrDefault(id, List.of()), contactsOf.getOrDefault(id, List.of()),
          versionsOf.getOrDefault(id, List.of()), groupContacts.getOrDefault(id, List.of())), c.seq(), c.syncedAt()));
    }
    return files;
  }

  private static <T> Map<UUID, List<T>> byCandidate(List<Synced<T>> records, Function<T, UUID> candidate) {
    Map<UUID, List<T>> byCandidate = new HashMap<>();
    for (Synced<T> s : records) {
      UUID id = candidate.apply(s.record());
      if (id != null) {
        byCandidate.computeIfAbsent(id, k -> new ArrayList<>()).add(s.record());
      }
    }
    return byCandidate;
  }
}
