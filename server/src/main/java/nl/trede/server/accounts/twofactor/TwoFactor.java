package nl.trede.server.accounts.twofactor;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import nl.trede.domain.Role;
import nl.trede.server.accounts.User;
import nl.trede.server.secret.SecretHash;

/**
 * The console's second factor (decision 0028): a TOTP secret per user, confirmed by a first code
 * before it counts, and ten one-time recovery codes for a lost phone. Secrets, spent steps and
 * recovery codes are rows, so every server instance accepts a code once and only once.
 */
@Singleton
public class TwoFactor {
  /** {@code trede.office.two-factor}: whether office and admin users must have a second factor. */
  public enum Mode { REQUIRED, OPTIONAL }

  static final int RECOVERY_CODES = 10;
  /**
   * Bytes of a recovery code: 120 bits, 24 base32 characters. OWASP ASVS 2.6.2 asks 112 bits for a
   * look-up secret stored with a plain one-way hash; a code is typed rarely, in groups of four.
   */
  private static final int RECOVERY_BYTES = 15;
  /** A secret shown for enrolment stays on offer this long, so a reload does not void a scan. */
  static final Duration OFFER_FOR = Duration.ofHours(1);

  private final TwoFactorRepository settings;
  private final RecoveryCodeRepository recoveryCodes;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;
  private final Mode mode;
  private final Totp totp = new Totp();
  private final SecureRandom random = new SecureRandom();

  public TwoFactor(TwoFactorRepository settings, RecoveryCodeRepository recoveryCodes,
      TransactionOperations<Connection> transactions, Clock clock,
      @Value("${trede.office.two-factor:required}") String mode) {
    this.settings = settings;
    this.recoveryCodes = recoveryCodes;
    this.transactions = transactions;
    this.clock = clock;
    this.mode = Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * Office and admin users see the whole municipality, so they must have a second factor (unless
   * the installation says otherwise, as the demo does); a case manager sees a caseload and may
   * choose one. docs/security.md.
   */
  public boolean requiredFor(Role role) {
    return mode == Mode.REQUIRED && role.seesWholeMunicipality();
  }

  public Mode mode() {
    return mode;
  }

  /** @param since when the secret was confirmed, or null when the user has none */
  public record Status(Instant since, long recoveryCodesLeft) {
    public boolean enrolled() {
      return since != null;
    }
  }

  public Status status(String userId) {
    Optional<TwoFactorSettings> s = settings.findById(userId).filter(t -> t.secret() != null);
    return new Status(s.map(TwoFactorSettings::confirmedAt).orElse(null),
        s.isEmpty() ? 0 : recoveryCodes.countByUserIdAndUsedAtIsNull(userId));
  }

  public boolean enrolled(String userId) {
    return status(userId).enrolled();
  }

  /** What the enrolment page shows: the secret as text and as the URI its QR code holds. */
  public record Offer(String secret, String uri) {}

  /** A secret for the user's authenticator app, waiting for its first code (the same for an hour). */
  public Offer offer(User user, String tenantName) {
    Instant now = clock.instant();
    String secret = transactions.executeWrite(status -> {
      settings.createIfAbsent(user.id());
      TwoFactorSettings current = settings.findById(user.id()).orElseThrow();
      if (current.pendingSecret() != null && current.pendingCreatedAt().isAfter(now.minus(OFFER_FOR))) {
        return current.pendingSecret();
      }
      String fresh = Totp.newSecret(random);
      settings.offer(user.id(), fresh, now);
      return fresh;
    });
    return new Offer(secret, Totp.uri("Trede " + tenantName, user.username(), secret));
  }

  /**
   * Confirms the offered secret with a code from the app and hands out fresh recovery codes (shown
   * once, stored hashed); empty when the code does not fit the offered secret.
   */
  public Optional<List<String>> confirm(String userId, String code) {
    Instant now = clock.instant();
    return transactions.executeWrite(status -> {
      Optional<TwoFactorSettings> current = settings.findById(userId);
      if (current.isEmpty() || current.get().pendingSecret() == null
          || current.get().pendingCreatedAt().isBefore(now.minus(OFFER_FOR))) {
        return Optional.<List<String>>empty();
      }
      String pending = current.get().pendingSecret();
      OptionalLong step = totp.matchingStep(Totp.decode(pending), normaliseCode(code), now);
      if (step.isEmpty() || settings.confirm(userId, pending, step.getAsLong(), now) != 1) {
        return Optional.<List<String>>empty();
      }
      return Optional.of(replaceRecoveryCodes(userId, now));
    });
  }

  /** How a second factor was proven. */
  public enum Proof { AUTHENTICATOR, RECOVERY_CODE }

  /**
   * Checks a code from the authenticator app (a code whose step, or a later one, was used before is
   * refused: RFC 6238 §5.2) or an unused recovery code, and spends it.
   */
  public Optional<Proof> check(String userId, String code) {
    Optional<TwoFactorSettings> current = settings.findById(userId).filter(t -> t.secret() != null);
    if (current.isEmpty() || code == null) {
      return Optional.empty();
    }
    String given = normaliseCode(code);
    if (given.matches("[0-9]{" + Totp.DIGITS + "}")) {
      OptionalLong step = totp.matchingStep(Totp.decode(current.get().secret()), given, clock.instant());
      return step.isPresent() && settings.spend(userId, step.getAsLong()) == 1
          ? Optional.of(Proof.AUTHENTICATOR) : Optional.empty();
    }
    return recoveryCodes.use(recoveryHash(userId, given), userId, clock.instant()) == 1
        ? Optional.of(Proof.RECOVERY_CODE) : Optional.empty();
  }

  /** Ten new recovery codes in place of the old ones (which stop working). */
  public List<String> newRecoveryCodes(String userId) {
    Instant now = clock.instant();
    return transactions.executeWrite(status -> replaceRecoveryCodes(userId, now));
  }

  private List<String> replaceRecoveryCodes(String userId, Instant now) {
    recoveryCodes.deleteForUser(userId);
    List<String> shown = new ArrayList<>(RECOVERY_CODES);
    for (int i = 0; i < RECOVERY_CODES; i++) {
      byte[] bytes = new byte[RECOVERY_BYTES];
      random.nextBytes(bytes);
      String code = Totp.base32(bytes).toLowerCase(Locale.ROOT);
      recoveryCodes.save(new RecoveryCode(recoveryHash(userId, normaliseCode(code)), userId, now, null));
      shown.add(code.replaceAll("(.{4})(?!$)", "$1-"));
    }
    return shown;
  }

  /** As typed: spaces and dashes dropped, letters in upper case. */
  static String normaliseCode(String code) {
    return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  private static String recoveryHash(String userId, String normalisedCode) {
    // 120 random bits need no slow hash: a plain SHA-256 cannot be searched back (decision 0028).
    return SecretHash.sha256("recovery\n" + userId + "\n" + normalisedCode);
  }
}
