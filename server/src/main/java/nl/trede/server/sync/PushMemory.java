package nl.trede.server.sync;

import jakarta.inject.Singleton;
import java.util.List;
import nl.trede.server.audit.AuditLog;
import nl.trede.sync.Mutation;

/**
 * What a push leaves behind besides its records, written in one go when it ends: the memory of
 * applied mutation ids (so a retry is answered, never applied twice), the audit, the versions of
 * changeable records, the handover arrivals, the addressees of referrals, and the listeners' read
 * models (the console's).
 */
@Singleton
class PushMemory {
  private final AppliedMutationRepository applied;
  private final RecordRows rows;
  private final AuditLog audit;
  private final RecordHistoryRepository histories;
  private final HandoverArrivalRepository arrivals;
  private final ReferralAddresseeRepository addressees;
  private final List<RecordWriteListener> listeners;

  PushMemory(AppliedMutationRepository applied, RecordRows rows, AuditLog audit, RecordHistoryRepository histories,
      HandoverArrivalRepository arrivals, ReferralAddresseeRepository addressees, List<RecordWriteListener> listeners) {
    this.applied = applied;
    this.rows = rows;
    this.audit = audit;
    this.histories = histories;
    this.arrivals = arrivals;
    this.addressees = addressees;
    this.listeners = List.copyOf(listeners);
  }

  /** Which of the push's mutation ids an earlier push applied, in one query. */
  void recall(List<Mutation> mutations, PushBatch batch) {
    applied.findByIdIn(mutations.stream().filter(m -> m != null && m.id() != null)
        .map(m -> m.id().toString()).distinct().toList()).forEach(a -> batch.earlier.put(a.id(), a));
  }

  void keep(PushBatch batch) {
    List<WrittenRecord> written = batch.rows.flush();
    if (!written.isEmpty()) {
      listeners.forEach(listener -> listener.written(written));
    }
    rows.remember(batch.applied.values());
    audit.recordAll(batch.audit);
    if (!batch.history.isEmpty()) {
      histories.saveAll(batch.history);
    }
    if (!batch.arrivals.isEmpty()) {
      arrivals.saveAll(batch.arrivals);
    }
    if (!batch.addressees.isEmpty()) {
      addressees.saveAll(batch.addressees);
    }
  }
}
