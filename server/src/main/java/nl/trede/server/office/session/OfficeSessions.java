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
import java.util.Optional;
import nl.trede.domain.Role;
import nl.trede.server.accounts.AccountService;
import nl.trede.server.accounts.User;
import nl.trede.server.audit.AuditLog;
import nl.trede.server.office.OfficeUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logins to the office console. A session ends at logout, after {@code trede.office.idle-timeout}
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
  private final OfficeSessionRepository sessions;
  private final TransactionOperations<Connection> transactions;
  private final AuditLog audit;
  private final Clock clock;
  private final Duration idleTimeout;
  private final Duration maxAge;

  public OfficeSessions(AccountService accounts, OfficeSessionRepository sessions,
      TransactionOperations<Connection> transactions, AuditLog audit, Clock clock,
      @Value("${trede.office.idle-timeout:30m}") Duration idleTimeout,
      @Value("${trede.office.max-age:12h}") Duration maxAge) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
    this.idleTimeout = idleTimeout;
    this.maxAge = maxAge;
  }

  /** What a login attempt came to. */
  public sealed interface Login {}

  /** Logged in; {@code token} goes into the cookie and nowhere else. */
  public record Started(String token, User user) implements Login {}

  /** Unknown user, wrong password or inactive account: one answer for all three. */
  public record BadCredentials() implements Login {}

  /** The password is right but the role works in the field app, not in the console. */
  public record WrongRole(User user) implements Login {}

  public Login login(String username, String password, String remoteAddress) {
    Optional<User> user = accounts.verify(username, password, "office.login", remoteAddress);
    if (user.isEmpty()) {
      return new BadCredentials();
    }
    User u = user.get();
    if (!OfficeUser.ROLES.contains(u.role())) {
      audit.record(u.tenantId(), u.id(), "office.login", null, null, "refused-role", remoteAddress);
      return new WrongRole(u);
    }
    String token = accounts.newToken();
    Instant now = clock.instant();
    transactions.executeWrite(status -> {
      sessions.deleteEnded(u.id(), now.minus(idleTimeout), now.minus(maxAge));
      sessions.save(new OfficeSession(AccountService.sha256(token), u.id(), now, now, null, remoteAddress));
      audit.record(u.tenantId(), u.id(), "office.login", null, null, "ok", remoteAddress);
      return null;
    });
    LOG.info("office login user={} tenant={}", u.id(), u.tenantId());
    return new Started(token, u);
  }

  /** The user of a live session, or empty when the token is unknown, revoked, idle or too old. */
  public Optional<OfficeUser> userFor(String token) {
    String hash = AccountService.sha256(token);
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
      sessions.revoke(AccountService.sha256(token), clock.instant());
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
