package nl.trede.server.accounts;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.trede.domain.Ids;
import nl.trede.domain.PasswordRule;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;
import nl.trede.server.audit.AuditLog;
import nl.trede.sync.AccessEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An admin's work on the accounts of their own municipality: new users, password resets,
 * deactivating and reactivating. Every change is audited with the admin, the user and the client
 * address. A password an admin sets is temporary: the user replaces it at the next login, in the
 * app or the console, before anything opens.
 */
@Singleton
public class People {
  private static final Logger LOG = LoggerFactory.getLogger(People.class);
  /** Lower-case letters, digits and . _ -, as the demo's names; what people type without thinking. */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  /** No 0/O, 1/l/I: read aloud or from a note without mistakes. */
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  private final UserRepository users;
  private final DeviceTokenRepository tokens;
  private final PasswordHasher hasher;
  private final AuditLog audit;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public People(UserRepository users, DeviceTokenRepository tokens, PasswordHasher hasher, AuditLog audit,
      TransactionOperations<Connection> transactions, Clock clock) {
    this.users = users;
    this.tokens = tokens;
    this.hasher = hasher;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** A user and the temporary password an admin passes on to them (shown once, stored hashed). */
  public record WithPassword(User user, String temporaryPassword) {}

  /** What creating a user came to (decision 0035: every caller says what each case does). */
  public sealed interface Creation {
    <T> T match(Function<Created, T> created, Function<Invalid, T> invalid);
  }

  public record Created(WithPassword created) implements Creation {
    @Override
    public <T> T match(Function<Created, T> created, Function<Invalid, T> invalid) {
      return created.apply(this);
    }
  }

  /**
   * Nothing was made; each violation names the form field ({@code username}, {@code displayName},
   * {@code role}, {@code workPhone}; {@code password} for the first admin).
   */
  public record Invalid(List<Violation> violations) implements Creation {
    @Override
    public <T> T match(Function<Created, T> created, Function<Invalid, T> invalid) {
      return invalid.apply(this);
    }
  }

  /** The users of the admin's municipality, by name. */
  public List<User> of(Caller admin) {
    return users.findByTenantIdOrderByDisplayName(admin.tenantId());
  }

  /** A user of the admin's municipality; any other is answered as one that does not exist. */
  public Optional<User> find(Caller admin, String userId) {
    return userId == null ? Optional.empty()
        : users.findById(userId).filter(u -> u.tenantId().equals(admin.tenantId()));
  }

  /** A new user in the admin's municipality, with a temporary password and a work number if given. */
  public Creation create(Caller admin, String username, String displayName, Role role, String workPhone,
      String remoteAddress) {
    return create(admin.tenantId(), admin.userId(), username, displayName, role, workPhone, temporaryPassword(),
        List.of(), remoteAddress);
  }

  /**
   * The first admin of a municipality that has no one to make them (the operator's setup): the
   * password is the operator's, so it must meet the rule a person's own does, and it is still
   * temporary (replaced at the first login). Joins the caller's transaction, so the municipality and
   * its admin are written together or not at all.
   */
  public Creation createFirstAdmin(String tenantId, String username, String displayName, String password) {
    return create(tenantId, Caller.SYSTEM_USER, username, displayName, Role.ADMIN, null, password,
        PasswordRule.check("password", password, null), "server");
  }

  private Creation create(String tenantId, String byUserId, String username, String displayName, Role role,
      String workPhone, String password, List<Violation> passwordViolations, String remoteAddress) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    String shown = displayName == null ? "" : displayName.strip();
    List<Violation> v = new ArrayList<>();
    if (name.isEmpty()) {
      v.add(new Violation("username", "required", "username is required"));
    } else if (!USERNAME.matcher(name).matches()) {
      v.add(new Violation("username", "username-format",
          "username is 3 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit"));
    } else if (users.findByUsername(name).isPresent()) {
      // Names are unique over every municipality on the server: a login names no municipality.
      v.add(new Violation("username", "taken", "username is taken"));
    }
    if (shown.isEmpty()) {
      v.add(new Violation("displayName", "required", "displayName is required"));
    } else if (shown.length() > 100 || shown.chars().anyMatch(Character::isISOControl)) {
      v.add(new Violation("displayName", "max-length", "displayName must be at most 100 characters of text"));
    }
    if (role == null) {
      v.add(new Violation("role", "required", "role is required"));
    }
    String phone = blankAsNull(workPhone);
    v.addAll(checkWorkPhone(phone));
    v.addAll(passwordViolations);
    if (!v.isEmpty()) {
      return new Invalid(v);
    }
    User user = new User(Ids.newId().toString(), tenantId, name, shown, role, hasher.hash(password), true,
        clock.instant(), true, phone);
    transactions.executeWrite(status -> {
      users.save(user);
      audit.record(tenantId, byUserId, "admin.create-user", "user", user.id(), "ok", remoteAddress,
          "role=" + role.name());
      return null;
    });
    LOG.info("user created tenant={} user={} by={}", tenantId, user.id(), byUserId);
    return new Created(new WithPassword(user, password));
  }

  /**
   * A new temporary password for a user who forgot theirs (or whose password may be known to
   * others). The devices keep syncing: a forgotten password is not a lost phone; revoke the device
   * for that.
   */
  public Optional<WithPassword> resetPassword(Caller admin, String userId, String remoteAddress) {
    return find(admin, userId).map(user -> {
      String password = temporaryPassword();
      transactions.executeWrite(status -> {
        users.update(user.withPassword(hasher.hash(password), true));
        audit.record(admin.tenantId(), admin.userId(), "admin.reset-password", "user", user.id(), "ok", remoteAddress);
        return null;
      });
      return new WithPassword(user, password);
    });
  }

  /**
   * Sets or clears (blank) a user's work number. Audited without the number: it is not personal
   * data of a client, but logs and the audit trail hold ids only.
   *
   * @return the violations, naming {@code workPhone}; empty when it was saved
   */
  public List<Violation> changeWorkPhone(Caller admin, User user, String workPhone, String remoteAddress) {
    String phone = blankAsNull(workPhone);
    List<Violation> v = checkWorkPhone(phone);
    if (v.isEmpty() && !java.util.Objects.equals(phone, user.workPhone())) {
      transactions.executeWrite(status -> {
        users.update(user.withWorkPhone(phone));
        audit.record(admin.tenantId(), admin.userId(), "admin.change-work-phone", "user", user.id(), "ok",
            remoteAddress);
        return null;
      });
    }
    return v;
  }

  /** The one phone rule of the domain (the candidate's phone has it too), on the form's field. */
  private List<Violation> checkWorkPhone(String phone) {
    Violations v = new Violations(clock);
    v.phone("workPhone", phone);
    return v.toList();
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** What switching a user off or on came to. */
  public enum Switch { DONE, ALREADY, OWN_ACCOUNT, NOT_FOUND }

  /**
   * Switches a user off: no login anywhere, their console sessions end, and every device token
   * they hold is revoked at once as {@code user-deactivated}, so each of their devices wipes what
   * it holds for them at its next contact. Reactivating does not bring those tokens back.
   */
  public Switch deactivate(Caller admin, String userId, String remoteAddress) {
    if (admin.userId().equals(userId)) {
      return Switch.OWN_ACCOUNT;
    }
    Optional<User> user = find(admin, userId);
    if (user.isEmpty()) {
      return Switch.NOT_FOUND;
    }
    if (!user.get().active()) {
      return Switch.ALREADY;
    }
    int revoked = transactions.executeWrite(status -> {
      users.update(user.get().withActive(false));
      int n = tokens.revokeAllOfUser(userId, clock.instant(), AccessEnded.USER_DEACTIVATED.type());
      audit.record(admin.tenantId(), admin.userId(), "admin.deactivate-user", "user", userId, "ok", remoteAddress,
          "tokens-revoked=" + n);
      return n;
    });
    LOG.info("user deactivated tenant={} user={} by={} tokens={}", admin.tenantId(), userId, admin.userId(), revoked);
    return Switch.DONE;
  }

  /** Switches a user on again; they log in anew on every device (their old tokens stay revoked). */
  public Switch reactivate(Caller admin, String userId, String remoteAddress) {
    Optional<User> user = find(admin, userId);
    if (user.isEmpty()) {
      return Switch.NOT_FOUND;
    }
    if (user.get().active()) {
      return Switch.ALREADY;
    }
    transactions.executeWrite(status -> {
      users.update(user.get().withActive(true));
      audit.record(admin.tenantId(), admin.userId(), "admin.reactivate-user", "user", userId, "ok", remoteAddress);
      return null;
    });
    return Switch.DONE;
  }

  /** Twelve characters of a 31-letter alphabet (about 59 bits), in groups of four: for one login only. */
  private String temporaryPassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
