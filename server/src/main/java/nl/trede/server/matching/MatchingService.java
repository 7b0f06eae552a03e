package nl.trede.server.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.ladder.LadderStep;
import nl.trede.matching.CandidateMatch;
import nl.trede.matching.Matching;
import nl.trede.matching.VacancyMatches;
import nl.trede.server.accounts.Caller;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.UserRepository;
import nl.trede.server.audit.AuditLog;
import nl.trede.server.http.ProblemException;
import nl.trede.server.sync.SyncRecordRepository;
import nl.trede.server.sync.SyncRecordRow;
import nl.trede.sync.MutationRules;
import nl.trede.sync.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Weighs the open files of the caller's municipality against one vacancy ({@link Matching}).
 * Who may ask: the jobhunter who looks for candidates, the case manager who hands them over warm
 * and the office (004 §4.1). Coaches and jobcoaches work with their own caseload and have no
 * need to browse the pool. Every call is written to the audit log, refusals included.
 */
@Singleton
public class MatchingService {
  private static final Logger LOG = LoggerFactory.getLogger(MatchingService.class);
  static final String ACTION = "matching.candidates";

  private final SyncRecordRepository records;
  private final CaseloadLookup caseloads;
  private final UserRepository users;
  private final AuditLog audit;
  private final Clock clock;

  MatchingService(SyncRecordRepository records, CaseloadLookup caseloads, UserRepository users,
      AuditLog audit, Clock clock) {
    this.records = records;
    this.caseloads = caseloads;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  public VacancyMatches candidatesFor(Caller caller, UUID vacancyId, String remoteAddress) {
    String type = RecordType.VACANCY.wireName();
    if (!caller.role().mayMatchCandidates()) {
      audit.record(caller.tenantId(), caller.userId(), ACTION, type, vacancyId.toString(), "refused", remoteAddress);
      throw new ProblemException(HttpStatus.FORBIDDEN, "role",
          "only a jobhunter, a case manager or the office looks for candidates in the pool",
          List.of(new Violation("role", "role", "matching is for jobhunters, case managers and the office")));
    }
    // Another municipality's vacancy is answered as if it did not exist (architecture.md, Scope).
    Optional<Vacancy> vacancy = records.findById(vacancyId.toString())
        .filter(r -> r.tenantId().equals(caller.tenantId()) && r.type().equals(type) && !r.deleted())
        .map(r -> (Vacancy) parse(RecordType.VACANCY, r.data()));
    if (vacancy.isEmpty()) {
      audit.record(caller.tenantId(), caller.userId(), ACTION, type, vacancyId.toString(), "not-found", remoteAddress);
      throw new ProblemException(HttpStatus.NOT_FOUND, "not-found", "vacancy " + vacancyId + " does not exist",
          List.of(new Violation("vacancyId", "not-found", "vacancy " + vacancyId + " does not exist")));
    }
    LocalDate today = LocalDate.now(clock.withZone(Violations.ZONE));
    Map<UUID, List<LadderStep>> steps = new HashMap<>();
    for (SyncRecordRow row : records.liveOfType(caller.tenantId(), RecordType.LADDER_STEP.wireName())) {
      LadderStep step = (LadderStep) parse(RecordType.LADDER_STEP, row.data());
      steps.computeIfAbsent(step.candidateId(), k -> new ArrayList<>()).add(step);
    }
    Set<String> ownCaseload = caller.role().hasCaseload()
        ? new HashSet<>(caseloads.candidatesOf(caller.userId())) : Set.of();
    Map<UUID, Optional<Matching.CaseManager>> caseManagers = new HashMap<>();
    List<CandidateMatch> matches = new ArrayList<>();
    int considered = 0;
    for (SyncRecordRow row : records.liveOfType(caller.tenantId(), RecordType.CANDIDATE.wireName())) {
      Candidate candidate = (Candidate) parse(RecordType.CANDIDATE, row.data());
      CandidateFile file = new CandidateFile(candidate, steps.getOrDefault(candidate.id(), List.of()), List.of(),
          List.of());
      if (!Matching.weighed(file, today)) {
        continue;
      }
      considered++;
      boolean reveal = caller.role().seesWholeMunicipality()
          || ownCaseload.contains(candidate.id().toString());
      Matching.CaseManager caseManager = candidate.caseManagerId() == null ? null
          : caseManagers.computeIfAbsent(candidate.caseManagerId(), id -> users.findById(id.toString())
              .filter(u -> u.tenantId().equals(caller.tenantId()))
              .map(u -> new Matching.CaseManager(u.displayName(), u.workPhone()))).orElse(null);
      matches.add(Matching.match(vacancy.get(), file, today, caseManager, reveal));
    }
    matches.sort(Matching.BEST_FIRST);
    List<CandidateMatch> best = matches.subList(0, Math.min(Matching.MAX_MATCHES, matches.size()));
    audit.record(caller.tenantId(), caller.userId(), ACTION, type, vacancyId.toString(),
        "ok:" + best.size(), remoteAddress);
    LOG.info("matching tenant={} user={} vacancy={} considered={} shown={}", caller.tenantId(), caller.userId(),
        vacancyId, considered, best.size());
    return new VacancyMatches(vacancy.get().id(), vacancy.get().title(), considered, best);
  }

  private static Object parse(RecordType type, String data) {
    try {
      return MutationRules.read(type, (ObjectNode) Json.MAPPER.readTree(data));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.wireName() + " does not parse", e);
    }
  }
}
