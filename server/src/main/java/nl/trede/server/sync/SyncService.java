package nl.trede.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import nl.trede.domain.candidate.Candidate;
import nl.trede.server.accounts.Caller;
import nl.trede.server.accounts.TenantRepository;
import nl.trede.server.audit.AuditLog;
import nl.trede.server.web.ProblemException;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.MutationRules;
import nl.trede.sync.Protocol;
import nl.trede.sync.RecordType;
import nl.trede.sync.StoredState;
import nl.trede.sync.StoredState.FieldStamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies pushed mutations and serves pulls (docs/sync-protocol.md). A push is applied in one
 * transaction together with the memory of its mutation ids, so a retried push is answered from
 * that memory and nothing is ever applied twice.
 */
@Singleton
public class SyncService {
  private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
  private static final TypeReference<Map<String, FieldStamp>> STAMPS = new TypeReference<>() {};
  private static final TypeReference<List<FieldConflict>> CONFLICTS = new TypeReference<>() {};

  private final TransactionOperations<Connection> transactions;
  private final ConnectionOperations<Connection> connections;
  private final SyncRecordRepository records;
  private final AppliedMutationRepository applied;
  private final TenantRepository tenants;
  private final CaseloadRepository caseloads;
  private final CaseloadRemovalRepository removalsOf;
  private final WritePolicy policy;
  private final WriteQueue writers;
  private final AuditLog audit;
  private final RecordHistoryRepository histories;
  private final HandoverArrivalRepository arrivals;
  private final Clock clock;
  private final List<RecordWriteListener> listeners;

  public SyncService(TransactionOperations<Connection> transactions,
      ConnectionOperations<Connection> connections, SyncRecordRepository records,
      AppliedMutationRepository applied, TenantRepository tenants, CaseloadRepository caseloads,
      CaseloadRemovalRepository removalsOf, WritePolicy policy, WriteQueue writers, AuditLog audit,
      RecordHistoryRepository histories, HandoverArrivalRepository arrivals, Clock clock,
      List<RecordWriteListener> listeners) {
    this.transactions = transactions;
    this.connections = connections;
    this.records = records;
    this.applied = applied;
    this.tenants = tenants;
    this.caseloads = caseloads;
    this.removalsOf = removalsOf;
    this.policy = policy;
    this.writers = writers;
    this.audit = audit;
    this.histories = histories;
    this.arrivals = arrivals;
    this.clock = clock;
    this.listeners = List.copyOf(listeners);
  }

  public List<MutationResult> push(Caller caller, List<Mutation> mutations, String remoteAddress) {
    if (mutations.size() > Protocol.MAX_MUTATIONS_PER_PUSH) {
      throw ProblemException.badRequest("mutations", "max-size",
          "a push holds at most " + Protocol.MAX_MUTATIONS_PER_PUSH + " mutations, was " + mutations.size());
    }
    // What needs no stored state (reading, validating and writing out new records) is done before
    // the tenant lock: pushes waiting for the lock do it in parallel instead of in turn.
    Prepared[] prepared = prepare(caller, mutations);
    List<MutationResult> results = writers.serialised(() -> transactions.executeWrite(status -> {
      // One transaction per push, holding the tenant's sequence lock from its first statement:
      // every read below sees the latest committed state, a concurrent retry of the same batch
      // waits and then finds it applied, and SQLite takes its write lock up front instead of
      // failing to upgrade a read. A refused mutation writes nothing by construction (every check
      // runs before the first write), so one transaction keeps each mutation all-or-nothing; a
      // failure rolls back the whole push, which the device then resends.
      long first = reserveSeq(status.getConnection(), caller.tenantId(), Math.max(1, mutations.size()));
      WorkingSet rows = new WorkingSet(records);
      Set<String> wanted = new java.util.LinkedHashSet<>();
      for (int i = 0; i < mutations.size(); i++) {
        Mutation m = mutations.get(i);
        if (m != null && m.recordId() != null) {
          wanted.add(m.recordId().toString());
        }
        if (prepared[i] != null) {
          wanted.addAll(prepared[i].references());
        }
      }
      // The push's records and the records its new ones refer to, in one query.
      rows.preload(wanted);
      Batch batch = new Batch(first, rows, policy.lookups(rows));
      Set<String> files = new HashSet<>();
      for (int i = 0; i < mutations.size(); i++) {
        Mutation m = mutations.get(i);
        if (m != null && m.recordId() != null) {
          rows.find(m.recordId().toString()).map(SyncRecordRow::candidateId).ifPresent(files::add);
        }
        if (prepared[i] != null && prepared[i].candidateId() != null) {
          files.add(prepared[i].candidateId());
        }
      }
      policy.preloadFiles(caller, files, batch.lookups);
      Map<String, AppliedMutation> before = new HashMap<>();
      applied.findByIdIn(mutations.stream().filter(m -> m != null && m.id() != null)
          .map(m -> m.id().toString()).distinct().toList()).forEach(a -> before.put(a.id(), a));
      batch.earlier.putAll(before);
      List<MutationResult> answered = new ArrayList<>(mutations.size());
      for (int i = 0; i < mutations.size(); i++) {
        Mutation m = mutations.get(i);
        answered.add(m == null
            ? new MutationResult.Rejected(null, null,
                List.of(new Violation("mutations[" + i + "]", "required", "a mutation is missing")))
            : applyOne(caller, m, prepared[i], remoteAddress, batch));
      }
      List<SyncRecordRow> written = rows.flush();
      if (!written.isEmpty()) {
        listeners.forEach(listener -> listener.written(written));
      }
      applied.saveAll(batch.applied.values());
      audit.recordAll(batch.audit);
      if (!batch.history.isEmpty()) {
        histories.saveAll(batch.history);
      }
      if (!batch.arrivals.isEmpty()) {
        arrivals.saveAll(batch.arrivals);
      }
      return answered;
    }));
    Map<String, Integer> counts = new java.util.TreeMap<>();
    results.forEach(r -> counts.merge(outcomeName(r), 1, Integer::sum));
    LOG.info("push tenant={} user={} device={} mutations={} outcomes={}", caller.tenantId(),
        caller.userId(), caller.deviceId(), mutations.size(), counts);
    return results;
  }

  /**
   * A new record worked out before the lock: the outcome of the rules as if the record did not
   * exist yet, its stored JSON, and the records it refers to. Used only when, under the lock, the
   * record indeed does not exist; otherwise the rules run again on the stored state.
   */
  record Prepared(MutationRules.Outcome outcome, String data, String stamps, String candidateId,
      List<String> references) {}

  private Prepared[] prepare(Caller caller, List<Mutation> mutations) {
    Prepared[] prepared = new Prepared[mutations.size()];
    UUID device = UUID.fromString(caller.deviceId());
    UUID user = UUID.fromString(caller.userId());
    // Every field of a new record is stamped (version 1, this device): the same text per type.
    Map<RecordType, String> stampsByType = new java.util.EnumMap<>(RecordType.class);
    for (int i = 0; i < mutations.size(); i++) {
      Mutation m = mutations.get(i);
      if (m == null || m.kind() != nl.trede.sync.MutationKind.CREATE || m.id() == null
          || m.type() == null || m.recordId() == null) {
        continue;
      }
      MutationRules.Outcome outcome = MutationRules.apply(m, null, device, user, clock);
      if (outcome instanceof MutationRules.Changed changed && changed.record() != null) {
        DomainRecord record = changed.record();
        StoredState next = changed.next();
        String stamps = stampsByType.computeIfAbsent(m.type(), t -> write(next.stamps()));
        prepared[i] = new Prepared(outcome, write(next.data()), stamps,
            record.fileCandidateId() == null ? null : record.fileCandidateId().toString(),
            WritePolicy.references(record));
      } else {
        prepared[i] = new Prepared(outcome, null, null, null, List.of());
      }
    }
    return prepared;
  }

  /**
   * Takes the tenant's sequence lock and reserves a change number for every mutation of the push,
   * in one statement; returns the first. The UPDATE locks the tenant row until the transaction
   * ends, so one tenant's writers take turns and a number becomes visible only after every
   * smaller one has committed: a pull can never skip a change (DESIGN §3, the PostgreSQL pitfall).
   * Numbers a push does not use (refused mutations) stay gaps; pulls only need numbers to grow.
   */
  private static long reserveSeq(Connection connection, String tenantId, int count) {
    try (PreparedStatement s = connection.prepareStatement(
        "UPDATE tenant SET last_seq = last_seq + ? WHERE id = ? RETURNING last_seq")) {
      s.setLong(1, count);
      s.setString(2, tenantId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no tenant " + tenantId);
        }
        return rs.getLong(1) - count + 1;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reserve change numbers", e);
    }
  }

  /**
   * One push in progress: the change numbers reserved for it, what it looked up, and the memory
   * and audit rows it writes in one go at the end.
   */
  static final class Batch {
    private long next;
    private final WorkingSet rows;
    private final WritePolicy.Lookups lookups;
    private final Map<String, AppliedMutation> earlier = new HashMap<>();
    private final Map<String, AppliedMutation> applied = new java.util.LinkedHashMap<>();
    private final List<nl.trede.server.audit.AuditEvent> audit = new ArrayList<>();
    private final List<RecordHistory> history = new ArrayList<>();
    private final List<HandoverArrival> arrivals = new ArrayList<>();

    Batch(long first, WorkingSet rows, WritePolicy.Lookups lookups) {
      this.next = first;
      this.rows = rows;
      this.lookups = lookups;
    }

    long nextSeq() {
      return next++;
    }
  }

  private MutationResult applyOne(Caller caller, Mutation m, Prepared prepared, String remoteAddress,
      Batch batch) {
    if (m.id() == null) {
      return new MutationResult.Rejected(null, m.recordId(),
          List.of(new Violation("id", "required", "a mutation needs an id")));
    }
    // The same id twice in one push is answered from this push's own memory.
    Optional<AppliedMutation> earlier = Optional.ofNullable(batch.applied.get(m.id().toString()))
        .or(() -> Optional.ofNullable(batch.earlier.get(m.id().toString())));
    if (earlier.isPresent()) {
      if (!earlier.get().userId().equals(caller.userId())) {
        return new MutationResult.Rejected(m.id(), m.recordId(),
            List.of(new Violation("id", "mutation-id-taken", "this mutation id is already used")));
      }
      return read(earlier.get().result(), MutationResult.class);
    }
    MutationResult result = decide(caller, m, prepared, batch);
    if (!(result instanceof MutationResult.Rejected)) {
      batch.applied.put(m.id().toString(), new AppliedMutation(m.id().toString(), caller.tenantId(),
          caller.userId(), caller.deviceId(), m.recordId().toString(), outcomeName(result),
          write(result), clock.instant()));
    }
    batch.audit.add(audit.event(caller.tenantId(), caller.userId(), "sync." + (m.kind() == null
            ? "unknown" : m.kind().name().toLowerCase()), m.type() == null ? null : m.type().wireName(),
        m.recordId() == null ? null : m.recordId().toString(), outcomeName(result), remoteAddress));
    return result;
  }

  private MutationResult decide(Caller caller, Mutation m, Prepared prepared, Batch batch) {
    Optional<SyncRecordRow> row = m.recordId() == null ? Optional.empty()
        : batch.rows.find(m.recordId().toString());
    // A record the caller may not reach is answered as if it did not exist, and never touched.
    List<Violation> reach = row.map(r -> policy.checkExisting(caller, m, r, batch.lookups)).orElse(List.of());
    if (!reach.isEmpty()) {
      return reject(m, reach.toArray(Violation[]::new));
    }
    StoredState current = row.map(SyncService::toState).orElse(null);
    List<Violation> role = policy.checkRole(caller, m, current);
    if (!role.isEmpty()) {
      return reject(m, role.toArray(Violation[]::new));
    }
    // A new record's outcome depends on nothing stored: the one prepared before the lock holds.
    boolean early = prepared != null && current == null;
    MutationRules.Outcome outcome = early ? prepared.outcome()
        : MutationRules.apply(m, current, UUID.fromString(caller.deviceId()),
            UUID.fromString(caller.userId()), clock);
    if (outcome instanceof MutationRules.Refused refused) {
      return new MutationResult.Rejected(m.id(), m.recordId(), refused.violations());
    }
    if (outcome instanceof MutationRules.Unchanged unchanged) {
      return new MutationResult.Applied(m.id(), m.recordId(), unchanged.current().version());
    }
    return store(caller, m, row, (MutationRules.Changed) outcome, early ? prepared : null, batch);
  }

  private MutationResult store(Caller caller, Mutation m, Optional<SyncRecordRow> row,
      MutationRules.Changed changed, Prepared prepared, Batch batch) {
    DomainRecord record = changed.record();
    if (record != null) {
      List<Violation> violations = policy.checkNew(caller, m.type(), record, row, batch.lookups);
      if (!violations.isEmpty()) {
        return reject(m, violations.toArray(Violation[]::new));
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
        prepared != null && prepared.data() != null ? prepared.data() : write(next.data()),
        prepared != null && prepared.stamps() != null ? prepared.stamps() : write(next.stamps()),
        next.conflicts().isEmpty() ? "[]" : write(next.conflicts()),
        row.map(SyncRecordRow::createdAt).orElse(now), now, caller.userId());
    batch.rows.write(updated);
    if (m.type() == RecordType.CONFIGURATION) {
      batch.lookups.configurationChanged();
    }
    if (!m.type().appendOnly()) {
      // The versions of changeable records, so the office can see how a file moved (003 §1B).
      batch.history.add(new RecordHistory(updated.id(), next.version(), caller.tenantId(), updated.type(),
          updated.candidateId(), updated.data(), now, caller.userId()));
    }
    if (m.type() == RecordType.CANDIDATE && changesCaseloads(m)) {
      batch.lookups.candidateChanged(m.recordId().toString());
      updateCaseloads(caller.tenantId(), m.recordId().toString(), (Candidate) record, row.isPresent(), seq);
    }
    return changed.conflicts().isEmpty()
        ? new MutationResult.Applied(m.id(), m.recordId(), next.version(), handedOver.isPresent())
        : new MutationResult.Conflicted(m.id(), m.recordId(), next.version(), changed.conflicts());
  }

  /**
   * Whether a candidate mutation can change who carries the file: an update that leaves coaches
   * and case manager alone cannot (the caseload table follows the stored candidate, and only
   * {@link #updateCaseloads} writes it).
   */
  private static boolean changesCaseloads(Mutation m) {
    return m.kind() != MutationKind.UPDATE || m.fields() == null
        || m.fields().has("coachIds") || m.fields().has("caseManagerId");
  }

  /**
   * The candidate's case manager and coaches carry the file; a deleted candidate nobody.
   *
   * @param stored whether the candidate was stored before: a new one is in nobody's caseload yet
   */
  private void updateCaseloads(String tenantId, String candidateId, Candidate candidate, boolean stored,
      long seq) {
    Set<String> wanted = new HashSet<>();
    if (candidate != null) {
      candidate.coachIds().forEach(id -> wanted.add(id.toString()));
      if (candidate.caseManagerId() != null) {
        wanted.add(candidate.caseManagerId().toString());
      }
    }
    Set<String> present = stored ? new HashSet<>(caseloads.membersOf(candidateId)) : Set.of();
    for (String userId : present) {
      if (!wanted.contains(userId)) {
        caseloads.remove(candidateId, userId);
        removalsOf.save(new CaseloadRemoval(new CaseloadRemoval.Key(userId, candidateId, seq), tenantId,
            clock.instant()));
      }
    }
    for (String userId : wanted) {
      if (!present.contains(userId)) {
        caseloads.save(new CaseloadEntry(new CaseloadEntry.Key(userId, candidateId), tenantId, seq));
      }
    }
  }

  public PulledPage pull(Caller caller, String cursor, Integer limit) {
    int size = limit == null ? Protocol.DEFAULT_PAGE_SIZE : limit;
    if (size < 1 || size > Protocol.MAX_PAGE_SIZE) {
      throw ProblemException.badRequest("limit", "range",
          "limit must be between 1 and " + Protocol.MAX_PAGE_SIZE + ", was " + size);
    }
    // One connection for the whole pull instead of one per query.
    return connections.executeRead(status -> pull(status.getConnection(), caller, cursor, size));
  }

  private PulledPage pull(Connection connection, Caller caller, String cursor, int size) {
    // Read before any page query: a change committed later has a larger number and is found next time.
    PullCursor at = cursor == null || cursor.isEmpty()
        ? PullCursor.start(tenants.lastSeq(caller.tenantId()))
        : PullCursor.decode(cursor);
    List<UUID> purge = List.of();
    if (caller.role().hasCaseload()) {
      List<CaseloadRemoval> removals =
          removalsOf.findByKeyUserIdAndKeySeqGreaterThanOrderByKeySeq(caller.userId(), at.removals());
      if (!removals.isEmpty()) {
        purge = removals.stream().map(r -> UUID.fromString(r.key().candidateId())).distinct().toList();
        at = at.withRemovals(removals.get(removals.size() - 1).key().seq());
      }
      if (!at.backfilling()) {
        Optional<Long> grant = caseloads.latestGrantAfter(caller.userId(), at.grants());
        if (grant.isPresent()) {
          at = at.startBackfill(grant.get());
        }
      }
    }
    if (at.backfilling()) {
      // A candidate joined the caseload: first send the history the device never had.
      List<PullQueries.Pulled> rows = PullQueries.backfill(connection, caller.tenantId(), caller.userId(),
          at.grants(), at.grantsTo(), at.backfilled(), at.seq(), size + 1);
      boolean more = rows.size() > size;
      List<PullQueries.Pulled> page = more ? rows.subList(0, size) : rows;
      PullCursor next = more ? at.backfilledUpTo(page.get(page.size() - 1).seq()) : at.backfillDone();
      return new PulledPage(toChanges(page), next.encode(), true, purge);
    }
    // One more than asked tells whether another page follows without a second query.
    List<PullQueries.Pulled> rows = PullQueries.page(connection, caller.tenantId(), at.seq(),
        FileScope.of(caller.role(), caller.userId()), size + 1);
    boolean hasMore = rows.size() > size;
    List<PullQueries.Pulled> page = hasMore ? rows.subList(0, size) : rows;
    PullCursor next = page.isEmpty() ? at : at.withSeq(page.get(page.size() - 1).seq());
    return new PulledPage(toChanges(page), next.encode(), hasMore, purge);
  }

  private static List<PulledPage.Change> toChanges(List<PullQueries.Pulled> rows) {
    List<PulledPage.Change> changes = new ArrayList<>(rows.size());
    for (PullQueries.Pulled r : rows) {
      changes.add(new PulledPage.Change(r.type(), r.id(), r.version(), r.deleted(),
          r.deleted() ? null : r.data(), r.conflicts(), r.candidateId()));
    }
    return changes;
  }

  static StoredState toState(SyncRecordRow r) {
    return new StoredState(RecordType.fromWire(r.type()), r.version(), r.deleted(),
        read(r.data(), ObjectNode.class), read(r.stamps(), STAMPS), read(r.conflicts(), CONFLICTS));
  }

  private static MutationResult reject(Mutation m, Violation... violations) {
    return new MutationResult.Rejected(m.id(), m.recordId(), List.of(violations));
  }

  private static String outcomeName(MutationResult result) {
    if (result instanceof MutationResult.Applied a) {
      return a.afterHandover() ? "applied-after-handover" : "applied";
    }
    return result instanceof MutationResult.Conflicted ? "conflict" : "rejected";
  }

  private static String write(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not parse", e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not parse", e);
    }
  }
}
