package nl.trede.server.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The memory that makes push idempotent: a mutation id that was applied is answered from here,
 * never applied again. Written in the same transaction as the change itself.
 */
@MappedEntity("applied_mutation")
public record AppliedMutation(
    @Id String id,
    String tenantId,
    String userId,
    String deviceId,
    @Nullable String recordId,
    String outcome,
    String result,
    Instant appliedAt) {}
