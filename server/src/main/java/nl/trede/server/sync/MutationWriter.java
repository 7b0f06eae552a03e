package nl.trede.server.sync;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.referral.Referral;
import nl.trede.server.accounts.Caller;
import nl.trede.server.audit.AuditLog;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationResult;
import nl.trede.sync.MutationRules;
import nl.trede.sync.RecordType;
import nl.trede.sync.StoredState;

/**
 * Applies one mutation of a push inside the push's transaction: answered from memory when its id
 * was applied before, else checked against the write policy, merged by {@link MutationRules} and
 * written into the {@link PushBatch}. Every check runs before the first write, so a refused
 * mutation writes nothing.
 */
@Singleton
class MutationWriter {
  private final WritePolicy policy;
  private final Caseloads caseloads;
  private final AuditLog audit;
  private final Clock clock;

  MutationWriter(WritePolicy policy, Caseloads caseloads, AuditLog audit, Clock clock) {
    this.policy = policy;
    this.caseloads = caseloads;
    this.audit = audit;
    this.clock = clock;
  }

  MutationResult apply(Caller caller, Mutation m, PreparedCreate prepared, String remoteAddress, PushBatch batch) {
    if (m.id() == null) {
      return new MutationResult.Rejected(null, m.recordId(),
          List.of(new Violation("id", "required", "a mutation needs an id")));
    }
    Optional<AppliedMutation> earlier = batch.appliedBefore(m.id().toString());
    if (earlier.isPresent()) {
      if (!earlier.get().userId().equals(caller.userId())) {
        return new MutationResult.Rejected(m.id(), m.recordId(),
            List.of(new Violation("id", "mutation-id-taken", "this mutation id is already used")));
      }
      return StoredJson.read(earlier.get().result(), MutationResult.class);
    }
    MutationResult result = decide(caller, m, prepared, batch);
    String outcome = outcomeName(result);
    if (result.match(applied -> true, conflicted -> true, rejected -> false)) {
      batch.applied.put(m.id().toString(), new AppliedMutation(m.id().toString(), caller.tenantId(),
          caller.userId(), caller.deviceId(), m.recordId().toString(), outcome, StoredJson.write(result),
          clock.instant()));
    }
    batch.audit.add(audit.event(caller.tenantId(), caller.userId(), "sync." + (m.kind() == null
            ? "unknown" : m.kind().name().toLowerCase()), m.type() == null ? null : m.type().wireName(),
        m.recordId() == null ? null : m.recordId().toString(), outcome, remoteAddress));
    return result;
  }

  /**
   * Applies the system's changes the last mutation brought (a team's referral taken on: the
   * receiver joins the file), in the same transaction, as the server itself.
   */
  void applyFollowUps(String tenantId, String remoteAddress, PushBatch batch) {
    for (Mutation next = batch.followUps.poll(); next != null; next = batch.followUps.poll()) {
      apply(Caller.system(tenantId), next, null, remoteAddress, batch);
    }
  }

  /** The outcome as the log, the audit and the memory of applied mutations name it. */
  static String outcomeName(MutationResult result) {
    return result.match(applied -> applied.afterHandover() ? "applied-after-handover" : "applied",
        conflicted -> "conflict", rejected -> "rejected");
  }

  private MutationResult decide(Caller caller, Mutation m, PreparedCreate prepared, PushBatch batch) {
    Optional<SyncRecordRow> row = m.recordId() == null ? Optional.empty()
        : batch.rows.find(m.recordId().toString());
    // A record the caller may not reach is answered as if it did not exist, and never touched.
    List<Violation> reach = row.map(r -> policy.checkExisting(caller, m, r, batch.lookups)).orElse(List.of());
    if (!reach.isEmpty()) {
      return reject(m, reach);
    }
    StoredState current = row.map(StoredJson::toState).orElse(null);
    List<Violation> role = policy.checkRole(caller, m, current, row, batch.lookups);
    if (!role.isEmpty()) {
      return reject(m, role);
    }
    // A new record's outcome depends on nothing stored: the one prepared before the lock holds.
    boolean early = prepared != null && current == null;
    MutationRules.Outcome outcome = early ? prepared.outcome()
        : MutationRules.apply(m, current, UUID.fromString(caller.deviceId()),
            UUID.fromString(caller.userId()), clock);
    return outcome.match(
        changed -> store(caller, m, row, changed, early ? prepared : null, batch),
        unchanged -> new MutationResult.Applied(m.id(), m.recordId(), unchanged.current().version()),
        refused -> reject(m, refused.violations()));
  }

  private MutationResult store(Caller caller, Mutation m, Optional<SyncRecordRow> row,
      MutationRules.Changed changed, PreparedCreate prepared, PushBatch batch) {
    DomainRecord record = changed.record();
    if (record != null) {
      List<Violation> violations = policy.checkNew(caller, m.type(), record, row, batch.lookups);
      if (!violations.isEmpty()) {
        return reject(m, violations);
      }
    }
    long seq = batch.nextSeq();
    StoredState next = changed.next();
    Instant now = clock.instant();
    Optional<Instant> handedOver = row.isEmpty() && record != null
        ? policy.arrivesAfterHandover(caller, record, batch.lookups) : Optional.empty();
    handedOver.ifPresent(removedAt -> batch.arrivals.add(new HandoverArrival(m.recordId().toString(),
        caller.tenantId(), record.fileCandidateId().toString(), caller.userId(), removedAt, now)));
    String candidateId = record != null && record.fileCandidateId() != null
        ? record.fileCandidateId().toString()
        : row.map(SyncRecordRow::candidateId).orElse(null);
    SyncRecordRow updated = new SyncRecordRow(m.recordId().toString(), caller.tenantId(),
        m.type().wireName(), candidateId, next.version(), seq, next.deleted(),
        prepared != null && prepared.data() != null ? prepared.data() : StoredJson.write(next.data()),
        prepared != null && prepared.stamps() != null ? prepared.stamps() : StoredJson.write(next.stamps()),
        next.conflicts().isEmpty() ? "[]" : StoredJson.write(next.conflicts()),
        row.map(SyncRecordRow::createdAt).orElse(now), now, caller.userId());
    batch.rows.write(updated, record);
    if (m.type() == RecordType.CONFIGURATION) {
      batch.lookups.configurationChanged();
    }
    if (!m.type().appendOnly()) {
      // The versions of changeable records, so the office can see how a file moved (003 §1B).
      batch.history.add(new RecordHistory(updated.id(), next.version(), caller.tenantId(), updated.type(),
          updated.candidateId(), updated.data(), now, caller.userId()));
    }
    if (record instanceof Referral referral) {
      Referral before = row.map(r -> StoredJson.read(r.data(), Referral.class)).orElse(null);
      policy.referralWritten(caller, before, referral, batch).ifPresent(batch.followUps::add);
    }
    if (m.type() == RecordType.CANDIDATE && Caseloads.mayChange(m)) {
      batch.lookups.candidateChanged(m.recordId().toString());
      caseloads.follow(caller.tenantId(), m.recordId().toString(), (Candidate) record, row.isPresent(), seq);
    }
    return changed.conflicts().isEmpty()
        ? new MutationResult.Applied(m.id(), m.recordId(), next.version(), handedOver.isPresent())
        : new MutationResult.Conflicted(m.id(), m.recordId(), next.version(), changed.conflicts());
  }

  private static MutationResult reject(Mutation m, List<Violation> violations) {
    return new MutationResult.Rejected(m.id(), m.recordId(), List.copyOf(violations));
  }
}
