package nl.trede.server.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.trede.server.audit.AuditLog;
import nl.trede.sync.AccessEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's devices as an admin sees them, and revoking one (a lost or stolen phone). A revoked
 * device's tokens are refused at once on every instance, with {@code device-revoked}, and the app
 * then wipes the user's store; a later login under the same device id is refused too.
 */
@Singleton
public class Devices {
  private static final Logger LOG = LoggerFactory.getLogger(Devices.class);

  private final DeviceBindingRepository bindings;
  private final DeviceTokenRepository tokens;
  private final AuditLog audit;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;

  public Devices(DeviceBindingRepository bindings, DeviceTokenRepository tokens, AuditLog audit,
      TransactionOperations<Connection> transactions, Clock clock) {
    this.bindings = bindings;
    this.tokens = tokens;
    this.audit = audit;
    this.clock = clock;
    this.transactions = transactions;
  }

  /**
   * One device of a user.
   *
   * @param name the name the app gave at its latest login (the platform's, e.g. "Linux")
   * @param firstSync the device's first login, after which it synced at once
   * @param lastSync its last request, to within the touch interval (an hour; see TokenCheck)
   * @param revokedAt when an admin revoked it; null while it may sync
   */
  public record Device(String deviceId, @Nullable String name, Instant firstSync, Instant lastSync,
      @Nullable String appVersion, @Nullable Instant revokedAt, @Nullable String revokedBy) {}

  /** The user's devices, the one used most recently first. */
  public List<Device> of(User user) {
    List<DeviceBinding> bound = bindings.findByUserIdOrderByBoundAt(user.id());
    if (bound.isEmpty()) {
      return List.of();
    }
    Map<String, String> names = new HashMap<>();
    Map<String, Instant> lastUse = new HashMap<>();
    // Oldest login first, so the latest name and use win.
    for (DeviceToken t : tokens.findByUserIdOrderByCreatedAt(user.id())) {
      if (t.deviceName() != null) {
        names.put(t.deviceId(), t.deviceName());
      }
      Instant used = t.lastUsedAt() == null ? t.createdAt() : t.lastUsedAt();
      lastUse.merge(t.deviceId(), used, (a, b) -> a.isAfter(b) ? a : b);
    }
    List<Device> devices = new ArrayList<>();
    for (DeviceBinding b : bound) {
      devices.add(new Device(b.deviceId(), names.get(b.deviceId()), b.boundAt(),
          lastUse.getOrDefault(b.deviceId(), b.boundAt()), b.appVersion(), b.revokedAt(), b.revokedBy()));
    }
    devices.sort(Comparator.comparing(Device::lastSync).reversed());
    return devices;
  }

  /**
   * Revokes one of the user's devices; false when it is not theirs or was revoked before (nothing
   * changes then). The caller has made sure the user is of the admin's municipality.
   */
  public boolean revoke(Caller admin, User user, String deviceId, String remoteAddress) {
    Instant now = clock.instant();
    int tokensRevoked = transactions.executeWrite(status -> {
      if (bindings.revoke(deviceId, user.id(), now, admin.userId()) == 0) {
        return -1;
      }
      int n = tokens.revokeAllOfDevice(deviceId, now, AccessEnded.DEVICE_REVOKED.type());
      audit.record(admin.tenantId(), admin.userId(), "admin.revoke-device", "device", deviceId, "ok", remoteAddress,
          "user=" + user.id() + "; tokens-revoked=" + n);
      return n;
    });
    if (tokensRevoked < 0) {
      return false;
    }
    LOG.info("device revoked tenant={} user={} device={} by={}", admin.tenantId(), user.id(), deviceId, admin.userId());
    return true;
  }
}
