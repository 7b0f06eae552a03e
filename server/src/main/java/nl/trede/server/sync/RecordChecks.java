package nl.trede.server.sync;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.trede.config.BroadIntakeRules;
import nl.trede.config.MunicipalityConfig;
import nl.trede.config.PolicyRules;
import nl.trede.config.ReferralTarget;
import nl.trede.config.SessionRules;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.domain.broadintake.BroadIntake;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.obligation.ObligationMeasure;
import nl.trede.domain.placement.Placement;
import nl.trede.domain.referral.Referral;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;
import nl.trede.server.accounts.Caller;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.UserRepository;
import nl.trede.sync.RecordType;

/**
 * What each kind of record must meet once the caller reaches it ({@link WritePolicy}): the
 * municipality's configuration (classification scheme, catalogue and conditions, referral targets,
 * session kinds, the brede uitvraag's domains) with the same shared rules the device applies, the
 * colleagues it names, and the vacancy a placement filled. Split from the reach and reference checks
 * because these grow with every record type and every part of the configuration.
 */
@Singleton
class RecordChecks {
  private final UserRepository users;
  private final Clock clock;

  RecordChecks(UserRepository users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  /** The file's case manager and coaches are colleagues with a caseload; its classification fits the scheme. */
  void checkCandidate(Caller caller, Candidate candidate, Optional<SyncRecordRow> before, WriteLookups lookups,
      List<Violation> v) {
    for (int i = 0; i < candidate.coachIds().size(); i++) {
      checkColleague(caller, "coachIds[" + i + "]", candidate.coachIds().get(i), v, false, lookups);
    }
    if (candidate.caseManagerId() != null) {
      checkColleague(caller, "caseManagerId", candidate.caseManagerId(), v, false, lookups);
    }
    Candidate old = before.map(r -> (Candidate) WriteLookups.parse(RecordType.CANDIDATE, r.data())).orElse(null);
    lookups.config(caller.tenantId()).ifPresent(config -> v.addAll(
        PolicyRules.checkCandidate(config, old, candidate, caller.role().worksInTheField())));
  }

  /**
   * The rules of the record's own kind; those that need the configuration or the file's other records
   * only when nothing else was wrong with it ({@code v} empty), so a refusal names the first problem.
   */
  void check(Caller caller, DomainRecord record, Optional<SyncRecordRow> before, WriteLookups lookups,
      List<Violation> v) {
    if (record instanceof Employer employer) {
      checkAccountOwner(caller, employer, before, lookups, v);
    }
    if (!v.isEmpty()) {
      return;
    }
    if (record instanceof ObligationMeasure measure) {
      checkObligation(caller, measure, before, lookups, v);
    } else if (record instanceof Placement placement) {
      checkPlacement(caller, placement, before, lookups, v);
    } else if (record instanceof Referral referral) {
      checkReferral(caller, referral, before, lookups, v);
    } else if (record instanceof GroupSession || record instanceof SessionAttendance) {
      checkSession(caller, record, before, lookups, v);
    } else if (record instanceof BroadIntake intake) {
      v.addAll(BroadIntakeRules.check(lookups.config(caller.tenantId()).orElse(null), intake));
    }
  }

  /** A session against the municipality's kinds, an invitation against its session ({@link SessionRules}). */
  private void checkSession(Caller caller, DomainRecord record, Optional<SyncRecordRow> before,
      WriteLookups lookups, List<Violation> v) {
    MunicipalityConfig config = lookups.config(caller.tenantId()).orElse(null);
    DomainRecord old = before.map(r -> WriteLookups.parse(RecordType.find(r.type()).orElseThrow(), r.data()))
        .orElse(null);
    if (record instanceof GroupSession session) {
      v.addAll(SessionRules.checkSession(config, (GroupSession) old, session));
    } else if (record instanceof SessionAttendance invitation) {
      lookups.rows.find(invitation.sessionId().toString())
          .filter(r -> lookups.isLive(caller.tenantId(), r.id(), RecordType.GROUP_SESSION))
          .map(r -> (GroupSession) WriteLookups.parse(RecordType.GROUP_SESSION, r.data()))
          .ifPresentOrElse(session -> v.addAll(SessionRules.checkAttendance(config, session,
                  (SessionAttendance) old, invitation, clock)),
              () -> v.add(WritePolicy.unknown("sessionId", "group-session", invitation.sessionId().toString())));
    }
  }

  /**
   * A referral against the municipality's targets ({@link PolicyRules#checkReferral}); whoever
   * takes a team's referral on is a user of the team's role in this municipality.
   */
  private void checkReferral(Caller caller, Referral referral, Optional<SyncRecordRow> before, WriteLookups lookups,
      List<Violation> v) {
    Referral old = before.map(r -> (Referral) WriteLookups.parse(RecordType.REFERRAL, r.data())).orElse(null);
    Optional<MunicipalityConfig> config = lookups.config(caller.tenantId());
    // The file's placements only for a new referral: a municipality may refuse one while a placement runs.
    List<Placement> placements = old != null ? List.of()
        : lookups.inFile(caller.tenantId(), referral.candidateId().toString(), RecordType.PLACEMENT);
    v.addAll(config.map(c -> PolicyRules.checkReferral(c, old, referral, placements)).orElseGet(() -> old != null ? List.of()
        : List.of(new Violation("target", "unknown-target", "this municipality names no teams or providers to refer to"))));
    UUID receiver = referral.receiverId();
    Optional<Role> teamRole = ReferralPolicy.team(config, referral).map(ReferralTarget::role);
    if (receiver != null && teamRole.isPresent() && (old == null || !receiver.equals(old.receiverId()))) {
      Optional<User> user = lookups.colleagues.computeIfAbsent(receiver.toString(), users::findById);
      if (user.isEmpty() || !user.get().tenantId().equals(caller.tenantId()) || user.get().role() != teamRole.get()) {
        v.add(new Violation("receiverId", "unknown-reference", "user " + receiver + " is not a "
            + teamRole.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " here"));
      }
    }
  }

  /**
   * The employer's aanspreekpunt is a colleague of this municipality a device can name (001 §3.1;
   * {@link Role#isFieldColleague()}). Checked only when it changes: a colleague who left does not
   * block an edit of the employer's address.
   */
  private void checkAccountOwner(Caller caller, Employer employer, Optional<SyncRecordRow> before,
      WriteLookups lookups, List<Violation> v) {
    UUID owner = employer.accountOwnerId();
    Employer old = before.map(r -> (Employer) WriteLookups.parse(RecordType.EMPLOYER, r.data())).orElse(null);
    if (owner == null || old != null && owner.equals(old.accountOwnerId())) {
      return;
    }
    Optional<User> user = lookups.colleagues.computeIfAbsent(owner.toString(), users::findById);
    if (user.isEmpty() || !user.get().tenantId().equals(caller.tenantId()) || !user.get().role().isFieldColleague()) {
      v.add(new Violation("accountOwnerId", "unknown-reference", "user " + owner
          + " is not a colleague who can be an employer's aanspreekpunt here"));
    }
  }

  private void checkPlacement(Caller caller, Placement placement, Optional<SyncRecordRow> before,
      WriteLookups lookups, List<Violation> v) {
    Placement old = before.map(r -> (Placement) WriteLookups.parse(RecordType.PLACEMENT, r.data())).orElse(null);
    UUID vacancy = placement.vacancyId();
    if (vacancy != null && (old == null || !vacancy.equals(old.vacancyId())
        || !Objects.equals(placement.employerId(), old.employerId()))) {
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
        .map(r -> (Candidate) WriteLookups.parse(RecordType.CANDIDATE, r.data())).orElse(null);
    List<Placement> others = lookups.inFile(caller.tenantId(), candidateId, RecordType.PLACEMENT);
    v.addAll(PolicyRules.checkPlacement(config.get(), old, placement, candidate, others));
  }

  /** A new measure against the municipality's limits ({@link PolicyRules#checkObligation}), with the file's records. */
  private void checkObligation(Caller caller, ObligationMeasure measure, Optional<SyncRecordRow> before,
      WriteLookups lookups, List<Violation> v) {
    Optional<MunicipalityConfig> config = lookups.config(caller.tenantId());
    if (config.isEmpty() || before.isPresent()) {
      return;
    }
    String candidateId = measure.candidateId().toString();
    v.addAll(PolicyRules.checkObligation(config.get(), null, measure,
        lookups.inFile(caller.tenantId(), candidateId, RecordType.PLACEMENT),
        lookups.inFile(caller.tenantId(), candidateId, RecordType.REFERRAL)));
  }

  /** A live vacancy of this employer, in the caller's municipality. */
  boolean ofTheEmployer(Caller caller, UUID vacancyId, UUID employerId, WriteLookups lookups) {
    return lookups.isLive(caller.tenantId(), vacancyId.toString(), RecordType.VACANCY) && employerId != null
        && lookups.rows.find(vacancyId.toString()).map(r -> employerId.equals(
            ((Vacancy) WriteLookups.parse(RecordType.VACANCY, r.data())).employerId())).orElse(false);
  }

  /**
   * The vacancy a placement filled is a live vacancy of the placement's own employer. Vacancies are
   * the whole municipality's, so naming another employer's tells nothing new: that gets its own rule.
   * Checked when the vacancy or employer changes, so a vacancy deleted later does not block ending
   * the placement.
   */
  private void checkVacancy(Caller caller, Placement placement, WriteLookups lookups, List<Violation> v) {
    UUID vacancy = placement.vacancyId();
    if (!lookups.isLive(caller.tenantId(), vacancy.toString(), RecordType.VACANCY)) {
      v.add(WritePolicy.unknown("vacancyId", "vacancy", vacancy.toString()));
    } else if (!ofTheEmployer(caller, vacancy, placement.employerId(), lookups)) {
      v.add(new Violation("vacancyId", "vacancy-of-another-employer",
          "vacancy " + vacancy + " is not one of employer " + placement.employerId() + "'s vacancies"));
    }
  }

  private void checkColleague(Caller caller, String field, UUID userId, List<Violation> v, boolean jobcoach,
      WriteLookups lookups) {
    Optional<User> user = lookups.colleagues.computeIfAbsent(userId.toString(), users::findById);
    boolean ok = user.isPresent() && user.get().tenantId().equals(caller.tenantId())
        && (jobcoach ? user.get().role() == Role.JOBCOACH : user.get().role().hasCaseload());
    if (!ok) {
      v.add(new Violation(field, "unknown-reference", "user " + userId + " is not a "
          + (jobcoach ? "jobcoach" : "coach or case manager") + " here"));
    }
  }
}
