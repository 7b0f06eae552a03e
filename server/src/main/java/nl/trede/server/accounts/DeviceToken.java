package nl.trede.server.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A login on one device. Only the SHA-256 of the token is stored, so a copy of the database
 * does not let anyone act as a user; an admin revokes a lost phone by revoking its tokens.
 *
 * @param lastUsedAt when the token was last used, to within {@link TokenCheck}'s touch interval:
 *     the token expires after a configured time without use
 * @param revokedReason why it was revoked ({@code logout}, or an {@link nl.trede.sync.AccessEnded}
 *     type such as {@code user-deactivated}), so the 401 can say so
 */
@MappedEntity("device_token")
public record DeviceToken(
    @Id String tokenHash,
    String userId,
    String deviceId,
    @Nullable String deviceName,
    Instant createdAt,
    @Nullable Instant revokedAt,
    @Nullable Instant lastUsedAt,
    @Nullable String revokedReason) {}
