package nl.trede.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PolicyRules;
import nl.trede.config.SessionRules;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.domain.assessment.Assessment;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.server.accounts.Caller;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.UserRepository;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationRules;
import nl.trede.sync.RecordType;
import nl.trede.sync.RoleRules;
import nl.trede.sync.StoredState;

/**
 * Who may write what: a caseload role only its own candidates' files, a jobhunter nothing inside a
 * file, nobody anything of another municipality, and only the server the municipality's
 * configuration; within reach, what the role may do ({@link RoleRules}); every reference must point
 * at a live record the caller may reach (a correction at an entry of the same type in the same
 * file); and what the municipality's configuration says (classification scheme, instruments, their
 * conditions) holds, with the same {@link PolicyRules} the device applies. Answers with violations
 * naming the field, and answers a record or reference the caller may not reach exactly as one that
 * does not exist: no answer tells what exists in another caseload or municipality.
 */
@Singleton
class WritePolicy {
  private final CaseloadRepository caseloads;
  private final CaseloadRemovalRepository removals;
  private final UserRepository users;
  private final ReferralPolicy referrals;
  private final Clock clock;
  private final Duration handoverGrace;

  WritePolicy(CaseloadRepository caseloads, CaseloadRemovalRepository removals, UserRepository users,
      ReferralPolicy referrals, Clock clock, @Value("${trede.sync.handover-grace:30d}") Duration handoverGrace) {
    this.caseloads = caseloads;
    this.removals = removals;
    this.users = users;
    this.referrals = referrals;
    this.clock = clock;
    this.handoverGrace = handoverGrace;
  }

  /**
   * What one push looked up, so a batch of contacts for the same few candidates asks the database
   * once per candidate. Entries are forgotten as soon as the push itself changes them.
   */
  final class Lookups {
    private final WorkingSet rows;
    private final Map<String, Boolean> files = new HashMap<>();
    private final Map<String, Optional<MunicipalityConfig>> configs = new HashMap<>();
    private final Map<String, Optional<User>> colleagues = new HashMap<>();
    private final Map<String, Optional<Instant>> handovers = new HashMap<>();
    /** Referral id to the role of the team it was sent to (empty: a provider's, or none). */
    private final Map<String, Optional<String>> teams = new HashMap<>();

    private Lookups(WorkingSet rows) {
      this.rows = rows;
    }

    /** The push changed a candidate: the caseload memberships of that file may have changed. */
    void candidateChanged(String candidateId) {
      files.remove(candidateId);
      handovers.remove(candidateId);
    }

    /** The push changed the configuration (only the server does). */
    void configurationChanged() {
      configs.clear();
    }

    /** The municipality's configuration as installed; empty for a municipality without one. */
    /** A referral sent in this push: its team's users reach it from now on. */
    void addressed(ReferralAddressee addressee) {
      teams.put(addressee.referralId(), Optional.of(addressee.teamRole()));
    }

    Optional<SyncRecordRow> row(String id) {
      return rows.find(id);
    }

    Optional<MunicipalityConfig> config(String tenantId) {
      return configs.computeIfAbsent(tenantId, t -> rows.find(MunicipalityConfig.idFor(t).toString())
          .filter(r -> !r.deleted() && r.tenantId().equals(t))
          .map(r -> (MunicipalityConfig) parse(RecordType.CONFIGURATION, r.data())));
    }
  }

  Lookups lookups(WorkingSet rows) {
    return new Lookups(rows);
  }

  /** Which of these files the caller holds, in one query instead of one per file. */
  void preloadFiles(Caller caller, java.util.Collection<String> candidateIds, Lookups lookups) {
    List<String> unknown = candidateIds.stream().filter(id -> !lookups.files.containsKey(id)).toList();
    if (FileScope.of(caller.role(), caller.userId()).reach() != FileScope.Reach.CASELOAD || unknown.isEmpty()) {
      return;
    }
    unknown.forEach(id -> lookups.files.put(id, false));
    caseloads.heldOf(caller.userId(), unknown).forEach(id -> lookups.files.put(id, true));
  }

  /**
   * May the caller change this stored record at all? One the caller may not reach (another
   * municipality's, or a file outside the caller's caseload) is answered as if it did not exist.
   */
  List<Violation> checkExisting(Caller caller, Mutation m, SyncRecordRow row, Lookups lookups) {
    if (!row.tenantId().equals(caller.tenantId())
        || (row.candidateId() != null && !mayWriteFile(caller, row.candidateId(), lookups)
            && !addressedTo(caller, row, lookups))) {
      return List.of(m.kind() == MutationKind.CREATE ? MutationRules.duplicateId(m.recordId())
          : MutationRules.notFound(m.recordId()));
    }
    if (RecordType.CONFIGURATION.wireName().equals(row.type()) && !caller.isSystem()) {
      return List.of(configurationIsTheServers());
    }
    return List.of();
  }

  /**
   * What the caller's role may do to a record within reach: the role table (architecture.md). A
   * referral is the file owner's through the file, and otherwise its receiving team's to answer.
   */
  List<Violation> checkRole(Caller caller, Mutation m, StoredState current, Optional<SyncRecordRow> row,
      Lookups lookups) {
    if (m.type() != RecordType.REFERRAL) {
      return RoleRules.check(caller.role(), m, current);
    }
    boolean owner = caller.role().ownsFiles() && row.map(r -> r.candidateId() == null
        || mayWriteFile(caller, r.candidateId(), lookups)).orElse(true);
    boolean addressed = row.map(r -> addressedTo(caller, r, lookups)).orElse(false);
    return RoleRules.checkReferral(caller.role(), !owner && addressed ? RoleRules.ReferralReach.ADDRESSED
        : RoleRules.ReferralReach.FILE, m, current, UUID.fromString(caller.userId()));
  }

  /**
   * Whether the caller is one of the team a stored referral was sent to: a user of the team's role
   * (sync-protocol.md, "Referrals").
   */
  private boolean addressedTo(Caller caller, SyncRecordRow row, Lookups lookups) {
    return RecordType.REFERRAL.wireName().equals(row.type()) && caller.role().hasCaseload()
        && lookups.teams.computeIfAbsent(row.id(), referrals::addressedRole)
            .filter(role -> role.equals(caller.role().name())).isPresent();
  }

  /**
   * Is the record as it would be stored acceptable for this caller?
   *
   * @param before the record as stored before this change; empty when it is created
   */
  List<Violation> checkNew(Caller caller, RecordType type, DomainRecord record, Optional<SyncRecordRow> before,
      Lookups lookups) {
    boolean created = before.isEmpty();
    List<Violation> v = new ArrayList<>();
    if (type == RecordType.CONFIGURATION) {
      if (!caller.isSystem()) {
        v.add(configurationIsTheServers());
      } else if (!((MunicipalityConfig) record).municipality().equals(caller.tenantId())) {
        v.add(new Violation("municipality", "other-municipality", "a configuration belongs to its own municipality"));
      }
      return v;
    }
    if (record instanceof Candidate candidate) {
      for (int i = 0; i < candidate.coachIds().size(); i++) {
        checkColleague(caller, "coachIds[" + i + "]", candidate.coachIds().get(i), v, false, lookups);
      }
      if (candidate.caseManagerId() != null) {
        checkColleague(caller, "caseManagerId", candidate.caseManagerId(), v, false, lookups);
      }
      Candidate old = before.map(r -> (Candidate) parse(RecordType.CANDIDATE, r.data())).orElse(null);
      lookups.config(caller.tenantId()).ifPresent(config -> v.addAll(
          PolicyRules.checkCandidate(config, old, candidate, caller.role().worksInTheField())));
      return v;
    }
    if (record.fileCandidateId() != null) {
      String candidateId = record.fileCandidateId().toString();
      boolean reached = mayWriteFile(caller, candidateId, lookups)
          || created && type.appendOnly() && handedOver(caller, candidateId, lookups).isPresent()
          || !created && addressedTo(caller, before.get(), lookups);
      if (!isLive(caller, candidateId, RecordType.CANDIDATE, lookups) || !reached) {
        v.add(unknown("candidateId", "candidate", candidateId));
      }
    }
    if (record.correctsId() != null && !correctsInTheSameFile(caller, type, record, lookups)) {
      v.add(unknown("correctsId", type.wireName(), record.correctsId().toString()));
    }
    UUID employerId = References.employerOf(record);
    if (employerId != null && !isLive(caller, employerId.toString(), RecordType.EMPLOYER, lookups)) {
      v.add(unknown("employerId", "employer", employerId.toString()));
    }
    UUID author = record.author();
    if (created && author != null && !author.toString().equals(caller.userId())) {
      // What a device records is recorded by its user; nobody books hours in someone else's name.
      v.add(new Violation(type.authorField(), "not-caller", "the author must be the logged-in user"));
    }
    if (record instanceof CoachingHours hours && hours.placementId() != null
        && !inTheSameFile(caller, hours.placementId(), RecordType.PLACEMENT, hours.candidateId(), lookups)) {
      // Another candidate's placement is answered as one that does not exist: the hours' own
      // candidate is the caller's, that other candidate need not be.
      v.add(unknown("placementId", "placement", hours.placementId().toString()));
    }
    if (record instanceof Assessment measured && measured.placementId() != null
        && !inTheSameFile(caller, measured.placementId(), RecordType.PLACEMENT, measured.candidateId(), lookups)) {
      v.add(unknown("placementId", "placement", measured.placementId().toString()));
    }
    if (record instanceof ObligationMeasure measure && measure.reasonContactId() != null
        && !inTheSameFile(caller, measure.reasonContactId(), RecordType.CONTACT, measure.candidateId(), lookups)) {
      v.add(unknown("reasonContactId", "contact", measure.reasonContactId().toString()));
    }
    if (record instanceof EmployerContact contact && contact.vacancyId() != null
        && !ofTheEmployer(caller, contact.vacancyId(), contact.employerId(), lookups)) {
      // The vacancy a contact led to is one of that employer's (ours): another employer's reads as none.
      v.add(unknown("vacancyId", "vacancy", contact.vacancyId().toString()));
    }
    if (record instanceof Employer employer) {
      checkAccountOwner(caller, employer, before, lookups, v);
    }
    if (record instanceof ObligationMeasure measure && v.isEmpty()) {
      checkObligation(caller, measure, before, lookups, v);
    }
    if (record instanceof Placement placement && v.isEmpty()) {
      checkPlacement(caller, placement, before, lookups, v);
    }
    if (record instanceof Referral referral && v.isEmpty()) {
      checkReferral(caller, referral, before, lookups, v);
    }
    if ((record instanceof GroupSession || record instanceof SessionAttendance) && v.isEmpty()) {
      checkSession(caller, record, before, lookups, v);
    }
    return v;
  }

  /** A session against the municipality's kinds, an invitation against its session ({@link SessionRules}). */
  private void checkSession(Caller caller, DomainRecord record, Optional<SyncRecordRow> before, Lookups lookups,
      List<Violation> v) {
    MunicipalityConfig config = lookups.config(caller.tenantId()).orElse(null);
    DomainRecord old = before.map(r -> parse(RecordType.find(r.type()).orElseThrow(), r.data())).orElse(null);
    if (record instanceof GroupSession session) {
      v.addAll(SessionRules.checkSession(config, (GroupSession) old, session));
    } else if (record instanceof SessionAttendance invitation) {
      lookups.rows.find(invitation.sessionId().toString())
          .filter(r -> isLive(caller, r.id(), RecordType.GROUP_SESSION, lookups))
          .map(r -> (GroupSession) parse(RecordType.GROUP_SESSION, r.data()))
          .ifPresentOrElse(session -> v.addAll(SessionRules.checkAttendance(config, session,
                  (SessionAttendance) old, invitation, clock)),
              () -> v.add(unknown("sessionId", "group-session", invitation.sessionId().toString())));
    }
  }

  /**
   * A referral against the municipality's targets ({@link PolicyRules#checkReferral}); whoever
   * takes a team's referral on is a user of the team's role in this municipality.
   */
  private void checkReferral(Caller caller, Referral referral, Optional<SyncRecordRow> before, Lookups lookups,
      List<Violation> v) {
    Referral old = before.map(r -> (Referral) parse(RecordType.REFERRAL, r.data())).orElse(null);
    Optional<MunicipalityConfig> config = lookups.config(caller.tenantId());
    // The file's placements only for a new referral: a municipality may refuse one while a placement runs.
    List<Placement> placements = old != null ? List.of()
        : inFile(caller, referral.candidateId().toString(), RecordType.PLACEMENT, lookups);
    v.addAll(config.map(c -> PolicyRules.checkReferral(c, old, referral, placements)).orElseGet(() -> old != null ? List.of()
        : List.of(new Violation("target", "unknown-target", "this municipality names no teams or providers to refer to"))));
    UUID receiver = referral.receiverId();
    Optional<Role> teamRole = ReferralPolicy.team(config, referral).map(nl.trede.config.ReferralTarget::role);
    if (receiver != null && teamRole.isPresent() && (old == null || !receiver.equals(old.receiverId()))) {
      Optional<User> user = lookups.colleagues.computeIfAbsent(receiver.toString(), users::findById);
      if (user.isEmpty() || !user.get().tenantId().equals(caller.tenantId()) || user.get().role() != teamRole.get()) {
        v.add(new Violation("receiverId", "unknown-reference", "user " + receiver + " is not a "
            + teamRole.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " here"));
      }
    }
  }

  /**
   * After a referral is stored: a new one sent to a team is addressed to its users, and one taken on
   * now brings the system's change that puts the receiver on the file (see {@link ReferralPolicy}).
   */
  Optional<Mutation> referralWritten(Caller caller, Referral before, Referral now, PushBatch batch) {
    Optional<MunicipalityConfig> config = batch.lookups.config(caller.tenantId());
    if (before == null) {
      referrals.addressee(caller.tenantId(), now, config).ifPresent(a -> {
        batch.addressees.add(a);
        batch.lookups.addressed(a);
      });
    }
    return referrals.handover(before, now, config, batch.lookups.row(now.candidateId().toString()));
  }

  /**
   * The employer's aanspreekpunt is a colleague of this municipality a device can name (001 §3.1;
   * {@link Role#isFieldColleague()}). Checked only when it changes: a colleague who left does not
   * block an edit of the employer's address.
   */
  private void checkAccountOwner(Caller caller, Employer employer, Optional<SyncRecordRow> before, Lookups lookups,
      List<Violation> v) {
    UUID owner = employer.accountOwnerId();
    Employer old = before.map(r -> (Employer) parse(RecordType.EMPLOYER, r.data())).orElse(null);
    if (owner == null || old != null && owner.equals(old.accountOwnerId())) {
      return;
    }
    Optional<User> user = lookups.colleagues.computeIfAbsent(owner.toString(), users::findById);
    if (user.isEmpty() || !user.get().tenantId().equals(caller.tenantId()) || !user.get().role().isFieldColleague()) {
      v.add(new Violation("accountOwnerId", "unknown-reference", "user " + owner
          + " is not a colleague who can be an employer's aanspreekpunt here"));
    }
  }

  private void checkPlacement(Caller caller, Placement placement, Optional<SyncRecordRow> before, Lookups lookups,
      List<Violation> v) {
    Placement old = before.map(r -> (Placement) parse(RecordType.PLACEMENT, r.data())).orElse(null);
    UUID vacancy = placement.vacancyId();
    if (vacancy != null && (old == null || !vacancy.equals(old.vacancyId())
        || !java.util.Objects.equals(placement.employerId(), old.employerId()))) {
      checkVacancy(caller, placement, lookups, v);
    }
    UUID jobcoach = placement.jobcoaching() == null ? null : placement.jobcoaching().jobcoachId();
    if (jobcoach != null && (old == null || old.jobcoaching() == null || !jobcoach.equals(old.jobcoaching().jobcoachId()))) {
      checkColleague(caller, "jobcoaching.jobcoachId", jobcoach, v, true, lookups);
    }
    Optional<MunicipalityConfig> config = lookups.config(caller.tenantId());
    if (config.isEmpty()) {
      return;
    }
    String candidateId = placement.candidateId().toString();
    Candidate candidate = lookups.rows.find(candidateId)
        .map(r -> (Candidate) parse(RecordType.CANDIDATE, r.data())).orElse(null);
    List<Placement> others = inFile(caller, candidateId, RecordType.PLACEMENT, lookups);
    v.addAll(PolicyRules.checkPlacement(config.get(), old, placement, candidate, others));
  }

  /** A new measure against the municipality's limits ({@link PolicyRules#checkObligation}), with the file's records. */
  private void checkObligation(Caller caller, ObligationMeasure measure, Optional<SyncRecordRow> before,
      Lookups lookups, List<Violation> v) {
    Optional<MunicipalityConfig> config = lookups.config(caller.tenantId());
    if (config.isEmpty() || before.isPresent()) {
      return;
    }
    String candidateId = measure.candidateId().toString();
    v.addAll(PolicyRules.checkObligation(config.get(), null, measure,
        inFile(caller, candidateId, RecordType.PLACEMENT, lookups), inFile(caller, candidateId, RecordType.REFERRAL, lookups)));
  }

  /** The live records of one type in a candidate's file, as this push sees them. */
  @SuppressWarnings("unchecked")
  private <T extends DomainRecord> List<T> inFile(Caller caller, String candidateId, RecordType type, Lookups lookups) {
    return lookups.rows.inFile(caller.tenantId(), candidateId, type.wireName()).stream()
        .map(r -> (T) parse(type, r.data())).toList();
  }

  private static Violation configurationIsTheServers() {
    return new Violation("type", "configuration-read-only",
        "a municipality's configuration is set by its administrators on the server, not from a device");
  }

  /**
   * When a new history record enters a file its author no longer holds: the time they left the
   * caseload. Empty for every other record. Call only after {@link #checkNew} accepted the record.
   */
  Optional<Instant> arrivesAfterHandover(Caller caller, DomainRecord record, Lookups lookups) {
    if (record.fileCandidateId() == null || record instanceof Candidate) {
      return Optional.empty();
    }
    String candidateId = record.fileCandidateId().toString();
    return mayWriteFile(caller, candidateId, lookups) ? Optional.empty() : handedOver(caller, candidateId, lookups);
  }

  /**
   * When the caller left this candidate's caseload, if that was recent enough for history they
   * recorded on their device meanwhile to be taken into the file; empty if they never held it or
   * left it longer than the grace period ago (ours: 30 days, {@code trede.sync.handover-grace}).
   * The device holds the file until its next pull after the removal, and pushes before it pulls,
   * so an honest device only sends such history shortly after the removal; the bound keeps a
   * former member from adding to the file for ever (sync-protocol.md, "When a file leaves a
   * caseload").
   */
  private Optional<Instant> handedOver(Caller caller, String candidateId, Lookups lookups) {
    if (FileScope.of(caller.role(), caller.userId()).reach() != FileScope.Reach.CASELOAD) {
      return Optional.empty();
    }
    return lookups.handovers.computeIfAbsent(candidateId, id -> removals
        .findByKeyUserIdAndKeyCandidateId(caller.userId(), id).stream()
        .map(CaseloadRemoval::removedAt).filter(java.util.Objects::nonNull).max(Instant::compareTo)
        .filter(at -> !at.plus(handoverGrace).isBefore(clock.instant())));
  }

  /** The caller reaches this file ({@link FileScope}): its municipality's, or in its caseload. */
  private boolean mayWriteFile(Caller caller, String candidateId, Lookups lookups) {
    return switch (FileScope.of(caller.role(), caller.userId()).reach()) {
      case MUNICIPALITY -> true;
      case CASELOAD -> lookups.files.computeIfAbsent(candidateId, id -> caseloads.holds(caller.userId(), id));
      case NO_FILES -> false;
    };
  }

  /**
   * A correction replaces an entry of its own type in its own file (issue 12: a correction that
   * named another coach's contact hid it from the visit log). Employer-only contacts and employer
   * contacts are outside any file and correct each other (each its own type) within the municipality.
   */
  private boolean correctsInTheSameFile(Caller caller, RecordType type, DomainRecord record, Lookups lookups) {
    return inTheSameFile(caller, record.correctsId(), type, record.fileCandidateId(), lookups);
  }

  /** A live record of this type, in the caller's municipality and in this candidate's file (or none). */
  private boolean inTheSameFile(Caller caller, UUID id, RecordType type, UUID candidateId, Lookups lookups) {
    return lookups.rows.find(id.toString())
        .filter(r -> r.tenantId().equals(caller.tenantId()) && r.type().equals(type.wireName()) && !r.deleted()
            && java.util.Objects.equals(r.candidateId(), candidateId == null ? null : candidateId.toString()))
        .isPresent();
  }

  /** A live vacancy of this employer, in the caller's municipality. */
  private boolean ofTheEmployer(Caller caller, UUID vacancyId, UUID employerId, Lookups lookups) {
    return isLive(caller, vacancyId.toString(), RecordType.VACANCY, lookups) && employerId != null
        && lookups.rows.find(vacancyId.toString())
            .map(r -> employerId.equals(((Vacancy) parse(RecordType.VACANCY, r.data())).employerId())).orElse(false);
  }

  /**
   * The vacancy a placement filled is a live vacancy of the placement's own employer. Vacancies are
   * the whole municipality's, so naming another employer's tells nothing new: that gets its own rule.
   * Checked when the vacancy or employer changes, so a vacancy deleted later does not block ending
   * the placement.
   */
  private void checkVacancy(Caller caller, Placement placement, Lookups lookups, List<Violation> v) {
    UUID vacancy = placement.vacancyId();
    if (!isLive(caller, vacancy.toString(), RecordType.VACANCY, lookups)) {
      v.add(unknown("vacancyId", "vacancy", vacancy.toString()));
    } else if (!ofTheEmployer(caller, vacancy, placement.employerId(), lookups)) {
      v.add(new Violation("vacancyId", "vacancy-of-another-employer",
          "vacancy " + vacancy + " is not one of employer " + placement.employerId() + "'s vacancies"));
    }
  }

  /** The one answer for a reference that does not exist and for one the caller may not reach. */
  private static Violation unknown(String field, String what, String id) {
    return new Violation(field, "unknown-reference", what + " " + id + " does not exist");
  }

  private boolean isLive(Caller caller, String id, RecordType type, Lookups lookups) {
    return lookups.rows.find(id)
        .filter(r -> r.tenantId().equals(caller.tenantId()) && r.type().equals(type.wireName()) && !r.deleted())
        .isPresent();
  }

  private void checkColleague(Caller caller, String field, UUID userId, List<Violation> v, boolean jobcoach,
      Lookups lookups) {
    Optional<User> user = lookups.colleagues.computeIfAbsent(userId.toString(), users::findById);
    boolean ok = user.isPresent() && user.get().tenantId().equals(caller.tenantId())
        && (jobcoach ? user.get().role() == Role.JOBCOACH : user.get().role().hasCaseload());
    if (!ok) {
      v.add(new Violation(field, "unknown-reference", "user " + userId + " is not a "
          + (jobcoach ? "jobcoach" : "coach or case manager") + " here"));
    }
  }

  private static DomainRecord parse(RecordType type, String data) {
    try {
      return MutationRules.read(type, (ObjectNode) Json.MAPPER.readTree(data));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.wireName() + " does not parse", e);
    }
  }
}
