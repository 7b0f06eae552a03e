package nl.trede.server.sync;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.server.accounts.Caller;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationRules;
import nl.trede.sync.RecordType;
import nl.trede.sync.StoredState;

/**
 * A new record worked out before the tenant lock: the outcome of the rules as if the record did not
 * exist yet, its stored JSON, and the records it refers to. Used only when, under the lock, the
 * record indeed does not exist; otherwise the rules run again on the stored state.
 *
 * @param data the stored JSON of the record, or null when the rules did not accept it
 * @param stamps the stored JSON of its field stamps, or null likewise
 */
record PreparedCreate(MutationRules.Outcome outcome, String data, String stamps, String candidateId,
    List<String> references) {

  /**
   * What needs no stored state (reading, validating and writing out new records), for every create
   * of a push; null for the other mutations. Pushes waiting for the lock do this in parallel
   * instead of in turn.
   */
  static PreparedCreate[] prepareAll(Caller caller, List<Mutation> mutations, Clock clock) {
    PreparedCreate[] prepared = new PreparedCreate[mutations.size()];
    UUID device = UUID.fromString(caller.deviceId());
    UUID user = UUID.fromString(caller.userId());
    // Every field of a new record is stamped (version 1, this device): the same text per type.
    Map<RecordType, String> stampsByType = new EnumMap<>(RecordType.class);
    for (int i = 0; i < mutations.size(); i++) {
      Mutation m = mutations.get(i);
      if (m == null || m.kind() != MutationKind.CREATE || m.id() == null || m.type() == null
          || m.recordId() == null) {
        continue;
      }
      MutationRules.Outcome outcome = MutationRules.apply(m, null, device, user, clock);
      PreparedCreate notStored = new PreparedCreate(outcome, null, null, null, List.of());
      prepared[i] = outcome.match(changed -> changed.record() == null ? notStored
              : accepted(outcome, changed.record(), changed.next(),
                  stampsByType.computeIfAbsent(m.type(), t -> StoredJson.write(changed.next().stamps()))),
          unchanged -> notStored, refused -> notStored);
    }
    return prepared;
  }

  private static PreparedCreate accepted(MutationRules.Outcome outcome, DomainRecord record, StoredState next,
      String stamps) {
    return new PreparedCreate(outcome, StoredJson.write(next.data()), stamps,
        record.fileCandidateId() == null ? null : record.fileCandidateId().toString(),
        References.of(record));
  }
}
