package nl.trede.server.kpi;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.trede.domain.Corrections;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.RecordType;

/**
 * Candidate files as the figures read them: each live candidate of a scope with its ladder steps,
 * placements and contacts, and the versions of the candidate record (dated by the day the server
 * received them) for classifications on past days. Reads through {@link KpiRecords}, the one way
 * figures read synced records, and applies {@link Corrections} before the file is built, so a
 * corrected step or contact counts nowhere and of two corrections of one entry only the later one
 * counts, as in every other figure. Deleted records are left out: a tombstone means the record
 * should not have existed (a duplicate, a mistake).
 *
 * <p>Each file comes as a {@link Synced}: its {@link Synced#syncedOn} is the day the file was
 * registered (first reached the server).
 */
@Singleton
public class CandidateFileLoader {
  private final KpiRecords records;

  public CandidateFileLoader(KpiRecords records) {
    this.records = records;
  }

  /** Every file in scope: the municipality's, or the files in one user's caseload. */
  public List<Synced<CandidateFile>> load(KpiScope scope) {
    return assemble(records.load(scope, RecordType.CANDIDATE, Candidate.class),
        records.history(scope, RecordType.CANDIDATE, Candidate.class),
        records.load(scope, RecordType.LADDER_STEP, LadderStep.class),
        records.load(scope, RecordType.PLACEMENT, Placement.class),
        records.load(scope, RecordType.CONTACT, Contact.class));
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
        records.loadFiles(tenantId, RecordType.CONTACT, Contact.class, candidateIds));
  }

  /**
   * Builds the files from records as they are stored (each list in the order the server received
   * them). Pure, so a test can hand it a fixed data set.
   *
   * @param history versions of the candidate records, oldest first per record
   */
  public static List<Synced<CandidateFile>> assemble(List<Synced<Candidate>> candidates,
      List<Synced<Candidate>> history, List<Synced<LadderStep>> steps, List<Synced<Placement>> placements,
      List<Synced<Contact>> contacts) {
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
          versionsOf.getOrDefault(id, List.of())), c.seq(), c.syncedAt()));
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
