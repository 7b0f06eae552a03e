package nl.trede.server.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * Who did what to which record, with what result, from where, when (DESIGN §4); {@code detail}
 * says more where the record alone does not, e.g. the filters of an export; {@code deviceId} is the
 * device a read or change came through (a device pull; the console's own id for its pages).
 */
@MappedEntity("audit_event")
public record AuditEvent(
    @Id String id,
    @Nullable String tenantId,
    @Nullable String userId,
    String action,
    @Nullable String recordType,
    @Nullable String recordId,
    String outcome,
    @Nullable String remoteAddress,
    Instant at,
    @Nullable String detail,
    @Nullable String deviceId) {}
