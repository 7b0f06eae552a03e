package nl.trede.server.accounts;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.trede.domain.Violation;
import nl.trede.server.accounts.throttle.LoginThrottle;
import nl.trede.server.audit.AuditLog;
import nl.trede.server.http.ProblemException;
import nl.trede.server.secret.SecretHash;

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
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  /** Hashed once so an unknown username costs as much as a wrong password (no user probing). */
  private final String dummyHash;

  public AccountService(UserRepository users, TenantRepository tenants, DeviceTokenRepository tokens,
      DeviceBindingRepository devices, PasswordHasher hasher, LoginThrottle throttle, AuditLog audit, Clock clock) {
    this.users = users;
    this.tenants = tenants;
    this.tokens = tokens;
    this.devices = devices;
    this.hasher = hasher;
    this.throttle = throttle;
    this.audit = audit;
    this.clock = clock;
    this.dummyHash = hasher.hash(UUID.randomUUID().toString());
  }

  public record Session(String token, User user, Tenant tenant) {}

  public Session login(String username, String password, UUID deviceId, String deviceName,
      String remoteAddress) {
    Verification verification = verify(username, password, "login", remoteAddress);
    if (verification instanceof Throttled throttled) {
      throw tooManyAttempts(throttled.retryAfter());
    }
    if (!(verification instanceof Verified verified)) {
      throw new ProblemException(HttpStatus.UNAUTHORIZED, "bad-credentials",
          "username or password is not right",
          List.of(new Violation("password", "bad-credentials", "username or password is not right")));
    }
    // The field app has no second factor (its store is encrypted with the password): done.
    throttle.succeeded(verified.attempt());
    User user = verified.user();
    if (!bind(deviceId, user.id())) {
      audit.record(user.tenantId(), user.id(), "login", null, null, "refused:" + DEVICE_TAKEN, remoteAddress);
      String message = "this device id belongs to another user or to the server; an installation makes its own"
          + " id once and keeps it";
      throw new ProblemException(HttpStatus.CONFLICT, DEVICE_TAKEN, message,
          List.of(new Violation("deviceId", DEVICE_TAKEN, message)));
    }
    String token = newToken();
    tokens.save(new DeviceToken(SecretHash.sha256(token), user.id(), deviceId.toString(), deviceName,
        clock.instant(), null));
    audit.record(user.tenantId(), user.id(), "login", null, null, "ok", remoteAddress);
    Tenant tenant = tenants.findById(user.tenantId()).orElseThrow();
    return new Session(token, user, tenant);
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

  /** What checking a username and password came to. */
  public sealed interface Verification {}

  /**
   * The password is right. The login is complete once the caller reports it to the throttle
   * ({@link LoginThrottle#succeeded}), or after a second factor.
   */
  public record Verified(User user, LoginThrottle.Attempt attempt) implements Verification {}

  /** Unknown user, wrong password or inactive account: one answer for all three. */
  public record Refused() implements Verification {}

  /** Too many failures lately: the password was not even looked at. */
  public record Throttled(Duration retryAfter) implements Verification {}

  /**
   * Checks a username and password, unless the login throttle says to wait; a refusal is audited
   * under {@code action}. Costs the same for an unknown user as for a wrong password.
   */
  public Verification verify(String username, String password, String action, String remoteAddress) {
    LoginThrottle.Admission admission = throttle.begin(username, remoteAddress);
    if (admission instanceof LoginThrottle.Refused refused) {
      return new Throttled(refused.retryAfter());
    }
    Optional<User> user = users.findByUsername(username == null ? "" : username.trim());
    boolean ok = hasher.matches(password == null ? "" : password,
        user.map(User::passwordHash).orElse(dummyHash));
    if (user.isEmpty() || !ok || !user.get().active()) {
      audit.record(user.map(User::tenantId).orElse(null), user.map(User::id).orElse(null),
          action, null, null, "refused", remoteAddress);
      return new Refused();
    }
    return new Verified(user.get(), ((LoginThrottle.Admitted) admission).attempt());
  }

  /**
   * The answer to a throttled login: 429 with Retry-After in whole seconds (RFC 9110 §10.2.3), so a
   * client knows when to try again without guessing.
   */
  public static ProblemException tooManyAttempts(Duration retryAfter) {
    String message = "too many failed logins; try again in " + retryAfter.toSeconds() + " seconds";
    return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", message,
        List.of(new Violation("password", "too-many-attempts", message)),
        Map.of("Retry-After", String.valueOf(retryAfter.toSeconds())));
  }

  /** A random 256-bit secret, URL-safe; only its SHA-256 is ever stored. */
  public String newToken() {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  public Optional<Caller> callerFor(String token) {
    return tokens.findOwner(SecretHash.sha256(token))
        .map(o -> new Caller(o.userId(), o.tenantId(), nl.trede.domain.Role.valueOf(o.role()), o.deviceId()));
  }

  public void logout(String token) {
    tokens.findById(SecretHash.sha256(token)).ifPresent(t -> tokens.update(
        new DeviceToken(t.tokenHash(), t.userId(), t.deviceId(), t.deviceName(), t.createdAt(),
            clock.instant())));
  }

  public Optional<User> user(String userId) {
    return users.findById(userId);
  }

  public Optional<Tenant> tenant(String tenantId) {
    return tenants.findById(tenantId);
  }
}
