package nl.trede.server.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.trede.domain.PasswordRule;
import nl.trede.domain.Violation;
import nl.trede.server.accounts.throttle.LoginThrottle;
import nl.trede.server.audit.AuditLog;
import nl.trede.server.http.ProblemException;
import nl.trede.server.secret.SecretHash;
import nl.trede.sync.AccessEnded;

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
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  /** Hashed once so an unknown username costs as much as a wrong password (no user probing). */
  private final String dummyHash;

  public AccountService(UserRepository users, TenantRepository tenants, DeviceTokenRepository tokens,
      DeviceBindingRepository devices, PasswordHasher hasher, LoginThrottle throttle, AuditLog audit,
      TransactionOperations<Connection> transactions, Clock clock) {
    this.users = users;
    this.tenants = tenants;
    this.tokens = tokens;
    this.devices = devices;
    this.hasher = hasher;
    this.throttle = throttle;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
    this.dummyHash = hasher.hash(UUID.randomUUID().toString());
  }

  public record Session(String token, User user, Tenant tenant) {}

  /** Where a device logs in from: its id and name, the app's version, the client address. */
  public record DeviceLogin(UUID deviceId, @Nullable String deviceName, @Nullable String appVersion,
      String remoteAddress) {}

  /**
   * An app login. A password an admin set (a new account, a reset) opens nothing: the answer is 403
   * {@code password-change-required}, and the app sends a new one to {@link #changePassword}.
   */
  public Session login(String username, String password, DeviceLogin device) {
    Verified verified = requireVerified(verify(username, password, "login", device.remoteAddress()));
    User user = verified.user();
    if (user.passwordChangeRequired()) {
      audit.record(user.tenantId(), user.id(), "login", null, null, AccessEnded.PASSWORD_CHANGE_REQUIRED,
          device.remoteAddress());
      String message = "the password was set by an administrator; choose a new one first";
      throw new ProblemException(HttpStatus.FORBIDDEN, AccessEnded.PASSWORD_CHANGE_REQUIRED, message,
          List.of(new Violation("password", AccessEnded.PASSWORD_CHANGE_REQUIRED, message)));
    }
    return open(verified, device, "login");
  }

  /**
   * The app's answer to {@code password-change-required}: the password it had, and the one the user
   * chose (PasswordRule). Logs in with the new one.
   */
  public Session changePassword(String username, String password, String newPassword, DeviceLogin device) {
    List<Violation> wrong = PasswordRule.check("newPassword", newPassword, password);
    Verified verified = requireVerified(verify(username, password, "password-change", device.remoteAddress()));
    if (!wrong.isEmpty()) {
      // Checked after the password, so the rule is told only to who knows it.
      throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", wrong.get(0).message(), wrong);
    }
    setOwnPassword(verified.user(), newPassword, device.remoteAddress());
    User changed = users.findById(verified.user().id()).orElseThrow();
    return open(new Verified(changed, verified.attempt()), device, "login");
  }

  /** The user's own new password (after a reset, in the app or the console); audited. */
  public void setOwnPassword(User user, String newPassword, String remoteAddress) {
    transactions.executeWrite(status -> {
      users.update(user.withPassword(hasher.hash(newPassword), false));
      audit.record(user.tenantId(), user.id(), "password-change", "user", user.id(), "ok", remoteAddress);
      return null;
    });
  }

  /** Whether this is the user's password now (a new one must differ from the temporary one). */
  public boolean isCurrentPassword(User user, String password) {
    return password != null && hasher.matches(password, user.passwordHash());
  }

  private Verified requireVerified(Verification verification) {
    if (verification instanceof Verified verified) {
      return verified;
    }
    if (verification instanceof Throttled throttled) {
      throw tooManyAttempts(throttled.retryAfter());
    }
    if (verification instanceof Deactivated) {
      throw TokenCheck.problem(AccessEnded.USER_DEACTIVATED);
    }
    throw new ProblemException(HttpStatus.UNAUTHORIZED, "bad-credentials", "username or password is not right",
        List.of(new Violation("password", "bad-credentials", "username or password is not right")));
  }

  /** A device token for a user who proved who they are, on a device that is theirs and not revoked. */
  private Session open(Verified verified, DeviceLogin device, String action) {
    // The field app has no second factor (its store is encrypted with the password): done.
    throttle.succeeded(verified.attempt());
    User user = verified.user();
    String remote = device.remoteAddress();
    Optional<DeviceBinding> binding = bind(device.deviceId(), user.id());
    if (binding.isEmpty()) {
      audit.record(user.tenantId(), user.id(), action, null, null, "refused:" + DEVICE_TAKEN, remote);
      String message = "this device id belongs to another user or to the server; an installation makes its own"
          + " id once and keeps it";
      throw new ProblemException(HttpStatus.CONFLICT, DEVICE_TAKEN, message,
          List.of(new Violation("deviceId", DEVICE_TAKEN, message)));
    }
    if (binding.get().revokedAt() != null) {
      // A revoked device stays revoked: the app wipes what it holds for the user and starts anew.
      audit.record(user.tenantId(), user.id(), action, "device", device.deviceId().toString(),
          "refused:" + AccessEnded.DEVICE_REVOKED.type(), remote);
      throw TokenCheck.problem(AccessEnded.DEVICE_REVOKED);
    }
    String token = newToken();
    String version = TokenCheck.cleanVersion(device.appVersion());
    transactions.executeWrite(status -> {
      tokens.save(new DeviceToken(SecretHash.sha256(token), user.id(), device.deviceId().toString(),
          device.deviceName(), clock.instant(), null, clock.instant(), null));
      if (version != null && !version.equals(binding.get().appVersion())) {
        devices.reportVersion(device.deviceId().toString(), version);
      }
      audit.record(user.tenantId(), user.id(), action, null, null, "ok", remote);
      return null;
    });
    Tenant tenant = tenants.findById(user.tenantId()).orElseThrow();
    return new Session(token, user, tenant);
  }

  /**
   * Binds the device id to the user at its first login; empty when it is bound to another user or
   * is one of the server's own. Asked only after the password is right, so only a user learns it.
   */
  private Optional<DeviceBinding> bind(UUID deviceId, String userId) {
    if (ServerDevices.isServers(deviceId)) {
      return Optional.empty();
    }
    String id = deviceId.toString();
    Optional<DeviceBinding> bound = devices.findById(id);
    if (bound.isEmpty()) {
      try {
        return Optional.of(devices.save(new DeviceBinding(id, userId, clock.instant(), null, null, null)));
      } catch (RuntimeException e) {
        // Another login bound it just now (the primary key keeps one): whose it is decides.
        bound = devices.findById(id);
      }
    }
    return bound.filter(b -> b.userId().equals(userId));
  }

  /** What checking a username and password came to. */
  public sealed interface Verification {}

  /**
   * The password is right. The login is complete once the caller reports it to the throttle
   * ({@link LoginThrottle#succeeded}), or after a second factor.
   */
  public record Verified(User user, LoginThrottle.Attempt attempt) implements Verification {}

  /** Unknown user or wrong password: one answer for both. */
  public record Refused() implements Verification {}

  /**
   * The password is right but the account is deactivated. Told to the app (which then wipes what it
   * holds for the user), and only to whoever knows the password; the console answers as {@link Refused}.
   */
  public record Deactivated(User user) implements Verification {}

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
    if (user.isEmpty() || !ok) {
      audit.record(user.map(User::tenantId).orElse(null), user.map(User::id).orElse(null),
          action, null, null, "refused", remoteAddress);
      return new Refused();
    }
    if (!user.get().active()) {
      audit.record(user.get().tenantId(), user.get().id(), action, null, null,
          "refused:" + AccessEnded.USER_DEACTIVATED.type(), remoteAddress);
      return new Deactivated(user.get());
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

  public void logout(String token) {
    tokens.revoke(SecretHash.sha256(token), clock.instant(), "logout");
  }

  public Optional<User> user(String userId) {
    return users.findById(userId);
  }

  public Optional<Tenant> tenant(String tenantId) {
    return tenants.findById(tenantId);
  }
}
