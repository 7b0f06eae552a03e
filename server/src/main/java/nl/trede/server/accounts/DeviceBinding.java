package nl.trede.server.accounts;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A device id and the one user it belongs to: the first who logged in with it (V6 migration). */
@MappedEntity("device_binding")
public record DeviceBinding(@Id String deviceId, String userId, Instant boundAt) {}
