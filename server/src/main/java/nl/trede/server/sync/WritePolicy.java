package nl.trede.server.sync;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.server.accounts.Caller;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.UserRepository;
import nl.trede.sync.RecordType;

/**
 * Who may write what: a caseload role only its own candidates' files, a jobhunter nothing inside a
 * file, nobody anything of another municipality; and every reference must point at a live record
 * of the caller's own municipality. Answers with violations naming the field, never with a
 * hint about what exists elsewhere.
 */
@Singleton
class WritePolicy {
  private final CaseloadRepository caseloads;
  private final UserRepository users;

  WritePolicy(CaseloadRepository caseloads, UserRepository users) {
    this.caseloads = caseloads;
    this.users = users;
  }

  /**
   * What one push looked up, so a batch of contacts for the same few candidates asks the database
   * once per candidate. Entries are forgotten as soon as the push itself changes them.
   */
  final class Lookups {
    private final WorkingSet rows;
    private final java.util.Map<String, Boolean> files = new java.util.HashMap<>();
    private final java.util.Map<String, Optional<User>> colleagues = new java.util.HashMap<>();

    private Lookups(WorkingSet rows) {
      this.rows = rows;
    }

    /** The push changed a candidate: caseload memberships may have changed with it. */
    void candidateChanged() {
      files.clear();
    }
  }

  Lookups lookups(WorkingSet rows) {
    return new Lookups(rows);
  }

  /** The records a new record refers to, so one query can fetch them with the push's own. */
  static List<String> references(DomainRecord record) {
    List<String> ids = new ArrayList<>(2);
    if (!(record instanceof Candidate) && record.fileCandidateId() != null) {
      ids.add(record.fileCandidateId().toString());
    }
    UUID employerId = employerOf(record);
    if (employerId != null) {
      ids.add(employerId.toString());
    }
    return ids;
  }

  /** Which of these files the caller holds, in one query instead of one per file. */
  void preloadFiles(Caller caller, java.util.Collection<String> candidateIds, Lookups lookups) {
    Role role = caller.role();
    List<String> unknown = candidateIds.stream().filter(id -> !lookups.files.containsKey(id)).toList();
    if (role.seesWholeMunicipality() || !role.hasCaseload() || unknown.isEmpty()) {
      return;
    }
    unknown.forEach(id -> lookups.files.put(id, false));
    caseloads.heldOf(caller.userId(), unknown).forEach(id -> lookups.files.put(id, true));
  }

  /** May the caller change this stored record at all? */
  List<Violation> checkExisting(Caller caller, SyncRecordRow row, Lookups lookups) {
    if (row.candidateId() != null && !mayWriteFile(caller, row.candidateId(), lookups)) {
      return List.of(new Violation("recordId", "out-of-scope",
          "record " + row.id() + " is not in your caseload"));
    }
    return List.of();
  }

  /** Is the record as it would be stored acceptable for this caller? */
  List<Violation> checkNew(Caller caller, RecordType type, DomainRecord record, boolean created,
      Lookups lookups) {
    List<Violation> v = new ArrayList<>();
    if (record instanceof Candidate candidate) {
      if (created && !(caller.role() == Role.CASE_MANAGER || caller.role().seesWholeMunicipality())) {
        v.add(new Violation("recordId", "role", "only a case manager or the office registers a candidate"));
      }
      for (int i = 0; i < candidate.coachIds().size(); i++) {
        checkColleague(caller, "coachIds[" + i + "]", candidate.coachIds().get(i), v, lookups);
      }
      if (candidate.caseManagerId() != null) {
        checkColleague(caller, "caseManagerId", candidate.caseManagerId(), v, lookups);
      }
      return v;
    }
    if (record.fileCandidateId() != null) {
      String candidateId = record.fileCandidateId().toString();
      if (!isLive(caller, candidateId, RecordType.CANDIDATE, lookups)) {
        v.add(new Violation("candidateId", "unknown-reference", "candidate " + candidateId + " does not exist"));
      } else if (!mayWriteFile(caller, candidateId, lookups)) {
        v.add(new Violation("candidateId", "out-of-scope", "candidate " + candidateId + " is not in your caseload"));
      }
    }
    UUID employerId = employerOf(record);
    if (employerId != null && !isLive(caller, employerId.toString(), RecordType.EMPLOYER, lookups)) {
      v.add(new Violation("employerId", "unknown-reference", "employer " + employerId + " does not exist"));
    }
    UUID author = authorOf(record);
    if (created && author != null && !author.toString().equals(caller.userId())) {
      // What a device records is recorded by its user; nobody books hours in someone else's name.
      v.add(new Violation(type == RecordType.VACANCY ? "registeredBy" : "authorId", "not-caller",
          "the author must be the logged-in user"));
    }
    return v;
  }

  private boolean mayWriteFile(Caller caller, String candidateId, Lookups lookups) {
    Role role = caller.role();
    if (role.seesWholeMunicipality()) {
      return true;
    }
    return role.hasCaseload() && lookups.files.computeIfAbsent(candidateId,
        id -> caseloads.holds(caller.userId(), id));
  }

  private boolean isLive(Caller caller, String id, RecordType type, Lookups lookups) {
    return lookups.rows.find(id)
        .filter(r -> r.tenantId().equals(caller.tenantId()) && r.type().equals(type.wireName()) && !r.deleted())
        .isPresent();
  }

  private void checkColleague(Caller caller, String field, UUID userId, List<Violation> v, Lookups lookups) {
    Optional<User> user = lookups.colleagues.computeIfAbsent(userId.toString(), users::findById);
    if (user.isEmpty() || !user.get().tenantId().equals(caller.tenantId()) || !user.get().role().hasCaseload()) {
      v.add(new Violation(field, "unknown-reference", "user " + userId + " is not a coach or case manager here"));
    }
  }

  private static UUID employerOf(DomainRecord record) {
    if (record instanceof Contact c) {
      return c.employerId();
    }
    if (record instanceof CoachingHours h) {
      return h.employerId();
    }
    if (record instanceof Vacancy vacancy) {
      return vacancy.employerId();
    }
    return null;
  }

  private static UUID authorOf(DomainRecord record) {
    if (record instanceof Contact c) {
      return c.authorId();
    }
    if (record instanceof LadderStep s) {
      return s.authorId();
    }
    if (record instanceof CoachingHours h) {
      return h.authorId();
    }
    if (record instanceof Vacancy vacancy) {
      return vacancy.registeredBy();
    }
    return null;
  }
}
