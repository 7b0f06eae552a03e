package nl.trede.server.sync;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.assessment.Assessment;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.coaching.CoachingHours;
import nl.trede.domain.employer.EmployerContact;
import nl.trede.domain.referral.Referral;
import nl.trede.server.accounts.Caller;
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
 * file); and what each kind of record must meet, the municipality's configuration first
 * ({@link RecordChecks}, with the same shared rules the device applies). Answers with violations
 * naming the field, and answers a record or reference the caller may not reach exactly as one that
 * does not exist: no answer tells what exists in another caseload or municipality.
 */
@Singleton
class WritePolicy {
  private final CaseloadRepository caseloads;
  private final CaseloadRemovalRepository removals;
  private final RecordChecks checks;
  private final ReferralPolicy referrals;
  private final Clock clock;
  private final Duration handoverGrace;

  WritePolicy(CaseloadRepository caseloads, CaseloadRemovalRepository removals, RecordChecks checks,
      ReferralPolicy referrals, Clock clock, @Value("${trede.sync.handover-grace:30d}") Duration handoverGrace) {
    this.caseloads = caseloads;
    this.removals = removals;
    this.checks = checks;
    this.referrals = referrals;
    this.clock = clock;
    this.handoverGrace = handoverGrace;
  }

  WriteLookups lookups(WorkingSet rows) {
    return new WriteLookups(rows);
  }


  /** Which of these files the caller holds, in one query instead of one per file. */
  void preloadFiles(Caller caller, java.util.Collection<String> candidateIds, WriteLookups lookups) {
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
  List<Violation> checkExisting(Caller caller, Mutation m, SyncRecordRow row, WriteLookups lookups) {
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
      WriteLookups lookups) {
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
  private boolean addressedTo(Caller caller, SyncRecordRow row, WriteLookups lookups) {
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
      WriteLookups lookups) {
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
      checks.checkCandidate(caller, candidate, before, lookups, v);
      return v;
    }
    if (record.fileCandidateId() != null) {
      String candidateId = record.fileCandidateId().toString();
      boolean reached = mayWriteFile(caller, candidateId, lookups)
          || created && type.appendOnly() && handedOver(caller, candidateId, lookups).isPresent()
          || !created && addressedTo(caller, before.get(), lookups);
      if (!lookups.isLive(caller.tenantId(), candidateId, RecordType.CANDIDATE) || !reached) {
        v.add(unknown("candidateId", "candidate", candidateId));
      }
    }
    if (record.correctsId() != null && !correctsInTheSameFile(caller, type, record, lookups)) {
      v.add(unknown("correctsId", type.wireName(), record.correctsId().toString()));
    }
    UUID employerId = References.employerOf(record);
    if (employerId != null && !lookups.isLive(caller.tenantId(), employerId.toString(), RecordType.EMPLOYER)) {
      v.add(unknown("employerId", "employer", employerId.toString()));
    }
    UUID author = record.author();
    if (created && author != null && !author.toString().equals(caller.userId())) {
      // What a device records is recorded by its user; nobody books hours in someone else's name.
      v.add(new Violation(type.authorField(), "not-caller", "the author must be the logged-in user"));
    }
    if (record instanceof CoachingHours hours && hours.placementId() != null
        && !lookups.inTheSameFile(caller.tenantId(), hours.placementId(), RecordType.PLACEMENT, hours.candidateId())) {
      // Another candidate's placement is answered as one that does not exist: the hours' own
      // candidate is the caller's, that other candidate need not be.
      v.add(unknown("placementId", "placement", hours.placementId().toString()));
    }
    if (record instanceof Assessment measured && measured.placementId() != null
        && !lookups.inTheSameFile(caller.tenantId(), measured.placementId(), RecordType.PLACEMENT, measured.candidateId())) {
      v.add(unknown("placementId", "placement", measured.placementId().toString()));
    }
    if (record instanceof ObligationMeasure measure && measure.reasonContactId() != null
        && !lookups.inTheSameFile(caller.tenantId(), measure.reasonContactId(), RecordType.CONTACT, measure.candidateId())) {
      v.add(unknown("reasonContactId", "contact", measure.reasonContactId().toString()));
    }
    if (record instanceof EmployerContact contact && contact.vacancyId() != null
        && !checks.ofTheEmployer(caller, contact.vacancyId(), contact.employerId(), lookups)) {
      // The vacancy a contact led to is one of that employer's (ours): another employer's reads as none.
      v.add(unknown("vacancyId", "vacancy", contact.vacancyId().toString()));
    }
    checks.check(caller, record, before, lookups, v);
    return v;
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

  private static Violation configurationIsTheServers() {
    return new Violation("type", "configuration-read-only",
        "a municipality's configuration is set by its administrators on the server, not from a device");
  }

  /**
   * When a new history record enters a file its author no longer holds: the time they left the
   * caseload. Empty for every other record. Call only after {@link #checkNew} accepted the record.
   */
  Optional<Instant> arrivesAfterHandover(Caller caller, DomainRecord record, WriteLookups lookups) {
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
  private Optional<Instant> handedOver(Caller caller, String candidateId, WriteLookups lookups) {
    if (FileScope.of(caller.role(), caller.userId()).reach() != FileScope.Reach.CASELOAD) {
      return Optional.empty();
    }
    return lookups.handovers.computeIfAbsent(candidateId, id -> removals
        .findByKeyUserIdAndKeyCandidateId(caller.userId(), id).stream()
        .map(CaseloadRemoval::removedAt).filter(java.util.Objects::nonNull).max(Instant::compareTo)
        .filter(at -> !at.plus(handoverGrace).isBefore(clock.instant())));
  }

  /** The caller reaches this file ({@link FileScope}): its municipality's, or in its caseload. */
  private boolean mayWriteFile(Caller caller, String candidateId, WriteLookups lookups) {
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
  private boolean correctsInTheSameFile(Caller caller, RecordType type, DomainRecord record, WriteLookups lookups) {
    return lookups.inTheSameFile(caller.tenantId(), record.correctsId(), type, record.fileCandidateId());
  }

  /** The one answer for a reference that does not exist and for one the caller may not reach. */
  static Violation unknown(String field, String what, String id) {
    return new Violation(field, "unknown-reference", what + " " + id + " does not exist");
  }
}
