package nl.trede.server.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The server's copy of a synced record: its current data as validated JSON, the per-field stamps
 * the merge needs, open conflicts, and {@code seq}, the tenant change sequence of its last change,
 * by which pulls page.
 */
@MappedEntity("sync_record")
public record SyncRecordRow(
    @Id String id,
    String tenantId,
    String type,
    @Nullable String candidateId,
    long version,
    long seq,
    boolean deleted,
    String data,
    String stamps,
    String conflicts,
    Instant createdAt,
    Instant updatedAt,
    String updatedBy) {}
