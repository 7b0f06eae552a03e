package nl.trede.client.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Violation;
import nl.trede.sync.FieldConflict;
import nl.trede.sync.RecordType;

/** A record the coach must look at: the server rejected its change, or a field is in conflict. */
public record ProblemRecord(
    UUID id,
    RecordType type,
    UUID candidateId,
    SyncState syncState,
    List<Violation> violations,
    List<FieldConflict> conflicts,
    ObjectNode data) {}
