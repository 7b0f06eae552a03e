package nl.trede.server.accounts;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.domain.Violation;
import nl.trede.server.audit.AuditLog;
import nl.trede.server.web.ProblemException;

/** Logins, device tokens and who a token belongs to. */
@Singleton
public class AccountService {
  /** A login under a device id that is another user's or the server's (sync-protocol.md). */
  public static final String DEVICE_TAKEN = "device-taken";
  private final UserRepository users;
  private final TenantRepository tenants;
  private final DeviceTokenRepository tokens;
  private final DeviceBindingRepository devices;
  private final PasswordHasher hasher;
  private final AuditLog audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  /** Hashed once so an unknown username costs as much as a wrong password (no user probing). */
  private final String dummyHash;

  public AccountService(UserRepository users, TenantRepository tenants, DeviceTokenRepository tokens,
      DeviceBindingRepository devices, PasswordHasher hasher, AuditLog audit, Clock clock) {
    this.users = users;
    this.tenants = tenants;
    this.tokens = tokens;
    this.devices = devices;
    this.hasher = hasher;
    this.audit = audit;
    this.clock = clock;
    this.dummyHash = hasher.hash(UUID.randomUUID().toString());
  }

  public record Session(String token, User user, Tenant tenant) {}

  public Session login(String username, String password, UUID deviceId, String deviceName,
      String remoteAddress) {
    Optional<User> user = verify(username, password, "login", remoteAddress);
    if (user.isEmpty()) {
      throw new ProblemException(HttpStatus.UNAUTHORIZED, "bad-credentials",
          "username or password is not right",
          List.of(new Violation("password", "bad-credentials", "username or password is not right")));
    }
    if (!bind(deviceId, user.get().id())) {
      audit.record(user.get().tenantId(), user.get().id(), "login", null, null, "refused:" + DEVICE_TAKEN,
          remoteAddress);
      String message = "this device id belongs to another user or to the server; an installation makes its own"
          + " id once and keeps it";
      throw new ProblemException(HttpStatus.CONFLICT, DEVICE_TAKEN, message,
          List.of(new Violation("deviceId", DEVICE_TAKEN, message)));
    }
    String token = newToken();
    tokens.save(new DeviceToken(sha256(token), user.get().id(), deviceId.toString(), deviceName,
        clock.instant(), null));
    audit.record(user.get().tenantId(), user.get().id(), "login", null, null, "ok", remoteAddress);
    Tenant tenant = tenants.findById(user.get().tenantId()).orElseThrow();
    return new Session(token, user.get(), tenant);
  }

  /**
   * Binds the device id to the user at its first login; false when it is bound to another user or
   * is one of the server's own. Asked only after the password is right, so only a user learns it.
   */
  private boolean bind(UUID deviceId, String userId) {
    if (ServerDevices.isServers(deviceId)) {
      return false;
    }
    String id = deviceId.toString();
    Optional<DeviceBinding> bound = devices.findById(id);
    if (bound.isEmpty()) {
      try {
        devices.save(new DeviceBinding(id, userId, clock.instant()));
        return true;
      } catch (RuntimeException e) {
        // Another login bound it just now (the primary key keeps one): whose it is decides.
        bound = devices.findById(id);
      }
    }
    return bound.map(b -> b.userId().equals(userId)).orElse(false);
  }

  /**
   * The active user with this username and password, or empty; a refusal is audited under
   * {@code action}. Costs the same for an unknown user as for a wrong password.
   */
  public Optional<User> verify(String username, String password, String action, String remoteAddress) {
    Optional<User> user = users.findByUsername(username == null ? "" : username.trim());
    boolean ok = hasher.matches(password == null ? "" : password,
        user.map(User::passwordHash).orElse(dummyHash));
    if (user.isEmpty() || !ok || !user.get().active()) {
      audit.record(user.map(User::tenantId).orElse(null), user.map(User::id).orElse(null),
          action, null, null, "refused", remoteAddress);
      return Optional.empty();
    }
    return user;
  }

  /** A random 256-bit secret, URL-safe; only its SHA-256 is ever stored. */
  public String newToken() {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  public Optional<Caller> callerFor(String token) {
    return tokens.findOwner(sha256(token))
        .map(o -> new Caller(o.userId(), o.tenantId(), nl.trede.domain.Role.valueOf(o.role()), o.deviceId()));
  }

  public void logout(String token) {
    tokens.findById(sha256(token)).ifPresent(t -> tokens.update(
        new DeviceToken(t.tokenHash(), t.userId(), t.deviceId(), t.deviceName(), t.createdAt(),
            clock.instant())));
  }

  public Optional<User> user(String userId) {
    return users.findById(userId);
  }

  public Optional<Tenant> tenant(String tenantId) {
    return tenants.findById(tenantId);
  }

  public static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
