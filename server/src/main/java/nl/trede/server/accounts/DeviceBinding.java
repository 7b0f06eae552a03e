package nl.trede.server.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A device id and the one user it belongs to: the first who logged in with it (V6 migration).
 *
 * @param appVersion the version the app last reported (header {@code Trede-App-Version})
 * @param revokedAt when an admin revoked the device: its tokens are refused, and so is any later
 *     login under its id, for good
 * @param revokedBy the admin who did
 */
@MappedEntity("device_binding")
public record DeviceBinding(
    @Id String deviceId,
    String userId,
    Instant boundAt,
    @Nullable String appVersion,
    @Nullable Instant revokedAt,
    @Nullable String revokedBy) {}
