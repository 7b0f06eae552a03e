package nl.trede.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One local change as it travels from the outbox to the server.
 *
 * @param id the mutation's own id: the server applies a mutation id at most once
 * @param baseVersion the record's server version the change was made on; 0 for a new record
 * @param fields for CREATE the whole record, for UPDATE only the changed fields, for DELETE empty
 * @param resolves ids of open conflicts this change settles (a person chose the values)
 */
public record Mutation(
    UUID id,
    RecordType type,
    UUID recordId,
    MutationKind kind,
    long baseVersion,
    ObjectNode fields,
    List<UUID> resolves,
    Instant madeAt) {

  public Mutation {
    resolves = resolves == null ? List.of() : List.copyOf(resolves);
  }
}
