package nl.trede.server.sync;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A history record taken into a file after its author left the caseload: made on their device
 * while the file was still there, received after the removal (sync-protocol.md).
 */
@MappedEntity("handover_arrival")
public record HandoverArrival(@Id String recordId, String tenantId, String candidateId, String authorId,
    Instant removedAt, Instant arrivedAt) {}
