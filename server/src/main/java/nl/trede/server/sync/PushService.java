package nl.trede.server.sync;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.trede.domain.Violation;
import nl.trede.server.accounts.Caller;
import nl.trede.server.http.ProblemException;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationResult;
import nl.trede.sync.Protocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a pushed batch of mutations (docs/sync-protocol.md). A push is applied in one transaction
 * together with the memory of its mutation ids, so a retried push is answered from that memory and
 * nothing is ever applied twice.
 */
@Singleton
public class PushService {
  private static final Logger LOG = LoggerFactory.getLogger(PushService.class);

  private final TransactionOperations<Connection> transactions;
  private final WriteQueue writers;
  private final ChangeSequence sequence;
  private final SyncRecordRepository records;
  private final RecordRows recordRows;
  private final WritePolicy policy;
  private final MutationWriter writer;
  private final PushMemory memory;
  private final Clock clock;

  PushService(TransactionOperations<Connection> transactions, WriteQueue writers, ChangeSequence sequence,
      SyncRecordRepository records, RecordRows recordRows, WritePolicy policy, MutationWriter writer,
      PushMemory memory, Clock clock) {
    this.transactions = transactions;
    this.writers = writers;
    this.sequence = sequence;
    this.records = records;
    this.recordRows = recordRows;
    this.policy = policy;
    this.writer = writer;
    this.memory = memory;
    this.clock = clock;
  }

  public List<MutationResult> push(Caller caller, List<Mutation> mutations, String remoteAddress) {
    if (mutations.size() > Protocol.MAX_MUTATIONS_PER_PUSH) {
      throw ProblemException.badRequest("mutations", "max-size",
          "a push holds at most " + Protocol.MAX_MUTATIONS_PER_PUSH + " mutations, was " + mutations.size());
    }
    PreparedCreate[] prepared = PreparedCreate.prepareAll(caller, mutations, clock);
    List<MutationResult> results = writers.serialised(() -> transactions.executeWrite(status -> {
      // One transaction per push, holding the tenant's sequence lock from its first statement:
      // every read below sees the latest committed state, a concurrent retry of the same batch
      // waits and then finds it applied, and SQLite takes its write lock up front instead of
      // failing to upgrade a read. A refused mutation writes nothing by construction (every check
      // runs before the first write), so one transaction keeps each mutation all-or-nothing; a
      // failure rolls back the whole push, which the device then resends.
      PushBatch batch = open(caller, mutations, prepared);
      List<MutationResult> answered = new ArrayList<>(mutations.size());
      for (int i = 0; i < mutations.size(); i++) {
        Mutation m = mutations.get(i);
        answered.add(m == null
            ? new MutationResult.Rejected(null, null,
                List.of(new Violation("mutations[" + i + "]", "required", "a mutation is missing")))
            : writer.apply(caller, m, prepared[i], remoteAddress, batch));
        writer.applyFollowUps(caller.tenantId(), remoteAddress, batch);
      }
      memory.keep(batch);
      return answered;
    }));
    Map<String, Integer> counts = new TreeMap<>();
    results.forEach(r -> counts.merge(MutationWriter.outcomeName(r), 1, Integer::sum));
    LOG.info("push tenant={} user={} device={} mutations={} outcomes={}", caller.tenantId(),
        caller.userId(), caller.deviceId(), mutations.size(), counts);
    return results;
  }

  /**
   * Takes the tenant's lock and reserves the push's change numbers, then reads in as few queries as
   * it can what the push will look at: its records and the records its new ones refer to, the
   * caller's hold on the files they are in, and which of its mutation ids were applied before.
   */
  private PushBatch open(Caller caller, List<Mutation> mutations, PreparedCreate[] prepared) {
    // A referral's change may bring one change of the system's (its receiver joins the file).
    int reserved = Math.max(1, mutations.size() + (int) mutations.stream()
        .filter(m -> m != null && m.type() == nl.trede.sync.RecordType.REFERRAL).count());
    long first = sequence.reserve(caller.tenantId(), reserved);
    WorkingSet rows = new WorkingSet(records, recordRows);
    Set<String> wanted = new LinkedHashSet<>();
    for (int i = 0; i < mutations.size(); i++) {
      Mutation m = mutations.get(i);
      if (m != null && m.recordId() != null) {
        wanted.add(m.recordId().toString());
      }
      if (prepared[i] != null) {
        wanted.addAll(prepared[i].references());
      }
    }
    rows.preload(wanted);
    PushBatch batch = new PushBatch(first, reserved, rows, policy.lookups(rows));
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
    memory.recall(mutations, batch);
    return batch;
  }
}
