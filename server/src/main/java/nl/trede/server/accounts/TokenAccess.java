package nl.trede.server.accounts;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/**
 * A device token with what deciding on it needs, in one row: its user, whether it or its device
 * was revoked and why, and when it was last used.
 *
 * <p>A projection reads a column by the type of the entity's property of the same name; the two
 * that {@code DeviceToken} does not have say their type here, or SQLite's integers stay numbers.
 */
@Introspected
public record TokenAccess(
    String userId,
    String tenantId,
    String role,
    @TypeDef(type = DataType.BOOLEAN) boolean active,
    String deviceId,
    @Nullable Instant revokedAt,
    @Nullable String revokedReason,
    @Nullable Instant lastUsedAt,
    Instant createdAt,
    @Nullable @TypeDef(type = DataType.TIMESTAMP) Instant deviceRevokedAt,
    @Nullable String appVersion) {}
