package nl.trede.client.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.trede.domain.Violation;
import nl.trede.sync.RecordType;

/**
 * A record as the device holds it.
 *
 * @param data {@code null} for a tombstone
 * @param violations why the server refused the record's last change, when it did
 */
public record StoredRecord(
    UUID id,
    RecordType type,
    UUID candidateId,
    long serverVersion,
    boolean deleted,
    ObjectNode data,
    Instant eventAt,
    SyncState syncState,
    List<Violation> violations) {}
