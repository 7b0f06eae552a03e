package nl.trede.server.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.server.audit.AuditEvent;

/**
 * One push in progress: the change numbers reserved for it, the records it reads and writes, what
 * it looked up, and the memory, audit, history and handover rows it writes in one go at the end.
 */
final class PushBatch {
  private long next;
  private final long end;
  final WorkingSet rows;
  final WriteLookups lookups;
  /** Mutations of this push applied by an earlier push, by id. */
  final Map<String, AppliedMutation> earlier = new HashMap<>();
  /** Mutations this push applies, by id, in order. */
  final Map<String, AppliedMutation> applied = new LinkedHashMap<>();
  final List<AuditEvent> audit = new ArrayList<>();
  final List<RecordHistory> history = new ArrayList<>();
  final List<HandoverArrival> arrivals = new ArrayList<>();
  final List<ReferralAddressee> addressees = new ArrayList<>();
  /** The system's changes that follow from the last mutation (a referral taken on), to apply next. */
  final java.util.Deque<nl.trede.sync.Mutation> followUps = new java.util.ArrayDeque<>();

  /** @param reserved how many change numbers the push reserved, from {@code first} */
  PushBatch(long first, long reserved, WorkingSet rows, WriteLookups lookups) {
    this.next = first;
    this.end = first + reserved;
    this.rows = rows;
    this.lookups = lookups;
  }

  long nextSeq() {
    if (next >= end) {
      // A number beyond the reservation could be another push's: never hand it out.
      throw new IllegalStateException("a push used more change numbers than it reserved");
    }
    return next++;
  }

  /** The same id twice in one push is answered from this push's own memory, then from earlier pushes. */
  Optional<AppliedMutation> appliedBefore(String mutationId) {
    return Optional.ofNullable(applied.get(mutationId)).or(() -> Optional.ofNullable(earlier.get(mutationId)));
  }
}
