package nl.trede.server.office.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.trede.domain.PasswordRule;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.server.accounts.AccountService;
import nl.trede.server.accounts.User;
import nl.trede.server.accounts.throttle.LoginThrottle;
import nl.trede.server.accounts.twofactor.TwoFactor;
import nl.trede.server.audit.AuditLog;
import nl.trede.server.office.OfficeUser;
import nl.trede.server.secret.SecretHash;
import nl.trede.sync.AccessEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logins to the office console: the password, then for a user with a second factor (or who must
 * have one) a code from the authenticator app, each step counted by the login throttle. A session
 * ends at logout, after {@code trede.office.idle-timeout}
 * without a request, or {@code trede.office.max-age} after login, whichever comes first. Nothing
 * is kept in memory: a session is a row, so any instance serves it (DESIGN §6).
 */
@Singleton
public class OfficeSessions {
  private static final Logger LOG = LoggerFactory.getLogger(OfficeSessions.class);
  /**
   * Last-seen times are written at most this often per session: an exact idle clock is not worth a
   * write on every page view, and on SQLite every write queues behind the devices' pushes.
   */
  static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

  private final AccountService accounts;
  private final LoginThrottle throttle;
  private final TwoFactor twoFactor;
  private final LoginChallenges challenges;
  private final OfficeSessionRepository sessions;
  private final TransactionOperations<Connection> transactions;
  private final AuditLog audit;
  private final Clock clock;
  private final Duration idleTimeout;
  private final Duration maxAge;

  public OfficeSessions(AccountService accounts, LoginThrottle throttle, TwoFactor twoFactor,
      LoginChallenges challenges, OfficeSessionRepository sessions,
      TransactionOperations<Connection> transactions, AuditLog audit, Clock clock,
      @Value("${trede.office.idle-timeout:30m}") Duration idleTimeout,
      @Value("${trede.office.max-age:12h}") Duration maxAge) {
    this.accounts = accounts;
    this.throttle = throttle;
    this.twoFactor = twoFactor;
    this.challenges = challenges;
    this.sessions = sessions;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
    this.idleTimeout = idleTimeout;
    this.maxAge = maxAge;
  }

  /** What a login step came to. */
  public sealed interface Login {}

  /**
   * Logged in; {@code token} goes into the cookie and nowhere else. {@code next} is where the
   * login was asked to lead, when a second step carried it; else null.
   */
  public record Started(String token, User user, String next) implements Login {}

  /** Unknown user, wrong password or inactive account: one answer for all three. */
  public record BadCredentials() implements Login {}

  /** The password is right but the role works in the field app, not in the console. */
  public record WrongRole(User user) implements Login {}

  /** Too many failed logins lately: try again after {@code retryAfter}. */
  public record Throttled(Duration retryAfter) implements Login {}

  /**
   * The password is right; the second factor is next ({@code Kind.CODE}), or setting one up when
   * the user must have one and has none ({@code Kind.ENROL}). {@code challenge} goes into the
   * login cookie.
   */
  public record SecondStep(String challenge, LoginChallenges.Kind kind) implements Login {}

  /** The code is not right (or was used before); the challenge has tries left. */
  public record WrongCode() implements Login {}

  /** The new password breaks a rule (each violation names {@code password} or {@code repeat}); tries left. */
  public record PasswordRefused(List<Violation> violations) implements Login {}

  /** The challenge is unknown, spent, out of tries or too old: start again with the password. */
  public record Expired() implements Login {}

  /** The second factor is set up and the user logged in; the recovery codes are shown once. */
  public record Enrolled(Started started, List<String> recoveryCodes) implements Login {}

  public Login login(String username, String password, String next, String remoteAddress) {
    AccountService.Verification verification = accounts.verify(username, password, "office.login", remoteAddress);
    if (verification instanceof AccountService.Throttled throttled) {
      return new Throttled(throttled.retryAfter());
    }
    if (!(verification instanceof AccountService.Verified verified)) {
      return new BadCredentials();
    }
    User u = verified.user();
    if (!OfficeUser.ROLES.contains(u.role())) {
      // The password was right and nothing opens: no reason to keep counting it as a guess.
      throttle.succeeded(verified.attempt());
      audit.record(u.tenantId(), u.id(), "office.login", null, null, "refused-role", remoteAddress);
      return new WrongRole(u);
    }
    if (u.passwordChangeRequired()) {
      // A password an admin set opens nothing; the second factor still follows the new one.
      throttle.passedFirstStep(verified.attempt());
      String challenge = challenges.issue(u, LoginChallenges.Kind.PASSWORD, next, remoteAddress);
      audit.record(u.tenantId(), u.id(), "office.login", null, null, AccessEnded.PASSWORD_CHANGE_REQUIRED, remoteAddress);
      return new SecondStep(challenge, LoginChallenges.Kind.PASSWORD);
    }
    Optional<SecondStep> second = secondStep(u, next, remoteAddress);
    if (second.isEmpty()) {
      throttle.succeeded(verified.attempt());
      return start(u, remoteAddress, null, null);
    }
    throttle.passedFirstStep(verified.attempt());
    return second.get();
  }

  /** The second factor's step for a user who must give a code or set the app up; empty for none. */
  private Optional<SecondStep> secondStep(User u, String next, String remoteAddress) {
    LoginChallenges.Kind second = twoFactor.enrolled(u.id()) ? LoginChallenges.Kind.CODE
        : twoFactor.requiredFor(u.role()) ? LoginChallenges.Kind.ENROL : null;
    if (second == null) {
      return Optional.empty();
    }
    String challenge = challenges.issue(u, second, next, remoteAddress);
    audit.record(u.tenantId(), u.id(), "office.login", null, null, "second-factor-asked", remoteAddress);
    return Optional.of(new SecondStep(challenge, second));
  }

  /**
   * The user's own password in place of the one an admin set (PasswordRule; typed twice, and not the
   * temporary one again); then the second factor, or the session.
   */
  public Login newPassword(String challenge, String password, String repeat, String remoteAddress) {
    return withChallenge(challenge, LoginChallenges.Kind.PASSWORD, remoteAddress, (pending, user) -> {
      List<Violation> wrong = new ArrayList<>(PasswordRule.check("password", password, null));
      if (wrong.isEmpty() && accounts.isCurrentPassword(user, password)) {
        wrong.add(new Violation("password", "same-as-current", "the new password is the temporary one"));
      }
      if (wrong.isEmpty() && !password.equals(repeat)) {
        wrong.add(new Violation("repeat", "mismatch", "the passwords differ"));
      }
      if (!wrong.isEmpty()) {
        return new PasswordRefused(wrong);
      }
      accounts.setOwnPassword(user, password, remoteAddress);
      Optional<SecondStep> second = secondStep(user, pending.nextPath(), remoteAddress);
      return second.isPresent() ? second.get() : start(user, remoteAddress, pending.nextPath(), "password-changed");
    });
  }

  /**
   * The second step of a login: a code from the authenticator app or a recovery code, counted by
   * the login throttle like a password, at most {@link LoginChallenges#MAX_ATTEMPTS} per challenge.
   */
  public Login secondFactor(String challenge, String code, String remoteAddress) {
    return withChallenge(challenge, LoginChallenges.Kind.CODE, remoteAddress, (pending, user) -> {
      Optional<TwoFactor.Proof> proof = twoFactor.check(user.id(), code);
      if (proof.isEmpty()) {
        audit.record(user.tenantId(), user.id(), "office.login", null, null, "refused-code", remoteAddress);
        return new WrongCode();
      }
      return start(user, remoteAddress, pending.nextPath(),
          proof.get() == TwoFactor.Proof.RECOVERY_CODE ? "second-factor=recovery-code" : "second-factor=app");
    });
  }

  /** Setting up the second factor during a login, confirmed by the app's first code. */
  public Login enrol(String challenge, String code, String remoteAddress) {
    return withChallenge(challenge, LoginChallenges.Kind.ENROL, remoteAddress, (pending, user) -> {
      Optional<List<String>> codes = twoFactor.confirm(user.id(), code);
      if (codes.isEmpty()) {
        audit.record(user.tenantId(), user.id(), "office.two-factor", null, null, "refused-code", remoteAddress);
        return new WrongCode();
      }
      audit.record(user.tenantId(), user.id(), "office.two-factor", null, null, "enrolled", remoteAddress);
      return new Enrolled(start(user, remoteAddress, pending.nextPath(), "second-factor=enrolled"), codes.get());
    });
  }

  /** The user a live challenge of this kind belongs to, for the second step's page. */
  public Optional<User> challenged(String challenge, LoginChallenges.Kind kind) {
    return challenges.find(challenge, kind).flatMap(c -> accounts.user(c.userId()));
  }

  @FunctionalInterface
  private interface Step {
    Login complete(LoginChallenge pending, User user);
  }

  private Login withChallenge(String challenge, LoginChallenges.Kind kind, String remoteAddress, Step step) {
    Optional<LoginChallenge> pending = challenges.find(challenge, kind);
    Optional<User> user = pending.flatMap(c -> accounts.user(c.userId())).filter(User::active);
    if (user.isEmpty()) {
      return new Expired();
    }
    LoginThrottle.Admission admission = throttle.begin(user.get().username(), remoteAddress);
    if (admission instanceof LoginThrottle.Refused refused) {
      return new Throttled(refused.retryAfter());
    }
    if (!challenges.countAttempt(pending.get())) {
      return new Expired();
    }
    Login result = step.complete(pending.get(), user.get());
    if (result instanceof WrongCode || result instanceof PasswordRefused) {
      return result;
    }
    // Two tabs, or two instances, completing the same challenge: only one gets the session.
    if (!challenges.spend(pending.get())) {
      return new Expired();
    }
    LoginThrottle.Attempt attempt = ((LoginThrottle.Admitted) admission).attempt();
    if (result instanceof SecondStep) {
      throttle.passedFirstStep(attempt);
    } else {
      throttle.succeeded(attempt);
    }
    return result;
  }

  /** A session for a user who has proven who they are. */
  private Started start(User u, String remoteAddress, String next, String detail) {
    String token = accounts.newToken();
    Instant now = clock.instant();
    transactions.executeWrite(status -> {
      sessions.deleteEnded(u.id(), now.minus(idleTimeout), now.minus(maxAge));
      sessions.save(new OfficeSession(SecretHash.sha256(token), u.id(), now, now, null, remoteAddress));
      audit.record(u.tenantId(), u.id(), "office.login", null, null, "ok", remoteAddress, detail);
      return null;
    });
    LOG.info("office login user={} tenant={}", u.id(), u.tenantId());
    return new Started(token, u, next);
  }

  /** The user of a live session, or empty when the token is unknown, revoked, idle or too old. */
  public Optional<OfficeUser> userFor(String token) {
    String hash = SecretHash.sha256(token);
    Optional<LiveSession> found = sessions.findLive(hash);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    LiveSession session = found.get();
    Instant now = clock.instant();
    Role role = Role.valueOf(session.role());
    if (session.lastSeenAt().plus(idleTimeout).isBefore(now) || session.createdAt().plus(maxAge).isBefore(now)
        || !OfficeUser.ROLES.contains(role)) {
      return Optional.empty();
    }
    if (session.lastSeenAt().plus(TOUCH_INTERVAL).isBefore(now)) {
      sessions.touch(hash, now);
    }
    return Optional.of(new OfficeUser(session.userId(), session.tenantId(), role, session.displayName(),
        session.tenantName(), csrfToken(token)));
  }

  public void logout(String token, OfficeUser user, String remoteAddress) {
    transactions.executeWrite(status -> {
      sessions.revoke(SecretHash.sha256(token), clock.instant());
      audit.record(user.tenantId(), user.userId(), "office.logout", null, null, "ok", remoteAddress);
      return null;
    });
  }

  /**
   * The anti-forgery token of a session: a one-way function of its secret, so it is stable for the
   * session, needs no storage, and does not reveal the cookie.
   */
  static String csrfToken(String sessionToken) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(("trede-office-csrf:" + sessionToken).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
