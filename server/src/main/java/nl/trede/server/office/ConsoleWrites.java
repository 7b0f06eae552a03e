package nl.trede.server.office;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Ids;
import nl.trede.domain.Json;
import nl.trede.server.audit.AuditLog;
import nl.trede.server.sync.PushService;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationKind;
import nl.trede.sync.MutationResult;
import nl.trede.sync.RecordType;

/**
 * The one way the console changes a record: a mutation pushed through the sync service as the user,
 * under the user's own console device id (decision 0041). So devices receive the change at their
 * next pull, the per-field merge and its conflicts hold, and the audit and the record history are
 * written as for a device; {@link #audited} adds what the console did in its own words.
 */
@Singleton
public class ConsoleWrites {
  private final PushService sync;
  private final AuditLog audit;
  private final Clock clock;

  public ConsoleWrites(PushService sync, AuditLog audit, Clock clock) {
    this.sync = sync;
    this.audit = audit;
    this.clock = clock;
  }

  /** Pushes the mutations in one push (one transaction) and answers one result per mutation. */
  public List<MutationResult> push(OfficeUser user, List<Mutation> mutations, String remoteAddress) {
    return sync.push(user.caller(), mutations, remoteAddress);
  }

  public MutationResult push(OfficeUser user, Mutation mutation, String remoteAddress) {
    return push(user, List.of(mutation), remoteAddress).get(0);
  }

  public Mutation create(RecordType type, DomainRecord record) {
    return new Mutation(Ids.newId(), type, record.id(), MutationKind.CREATE, 0, Json.MAPPER.valueToTree(record),
        List.of(), clock.instant());
  }

  /** An update of only these fields, made on the version the user saw. */
  public Mutation update(RecordType type, UUID recordId, long shownVersion, ObjectNode fields) {
    return update(type, recordId, shownVersion, fields, List.of());
  }

  public Mutation update(RecordType type, UUID recordId, long shownVersion, ObjectNode fields, List<UUID> resolves) {
    return new Mutation(Ids.newId(), type, recordId, MutationKind.UPDATE, shownVersion, fields, resolves,
        clock.instant());
  }

  /**
   * The console's own line in the audit log beside the sync's: what the user did, on which record,
   * with what outcome, and which fields (never their values: the record history keeps those).
   */
  public void audited(OfficeUser user, String action, RecordType type, String recordId, MutationResult result,
      String remoteAddress, String detail) {
    String outcome = result.match(applied -> "ok", conflicted -> "conflict", rejected -> "rejected");
    audit.record(user.tenantId(), user.userId(), action, type.wireName(), recordId, outcome, remoteAddress, detail);
  }
}
