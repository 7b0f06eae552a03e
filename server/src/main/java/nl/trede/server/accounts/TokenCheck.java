package nl.trede.server.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.trede.domain.Role;
import nl.trede.domain.Violation;
import nl.trede.server.http.ProblemException;
import nl.trede.server.secret.SecretHash;
import nl.trede.sync.AccessEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides on a device's bearer token, on every request, from the database alone (any instance, at
 * once): refused when unknown or logged out; refused with a reason the app acts on when its device
 * was revoked or its user deactivated (the app wipes its store) or when it went unused for longer
 * than {@code trede.devices.token-expiry} (the app asks for a login and keeps its work).
 *
 * <p>The expiry slides with use without a write per request: the last use is written only when
 * the stored one is older than the touch interval (an hour, or a 24th of a short expiry), so a
 * token expires between {@code expiry - touch} and {@code expiry} after its real last use. The
 * app's version is written when it differs from the one stored.
 */
@Singleton
public class TokenCheck {
  private static final Logger LOG = LoggerFactory.getLogger(TokenCheck.class);
  /** Where a refused token's reason waits for the 401 answer (see {@link #refusal}). */
  static final String REFUSAL = "trede.access-ended";
  private static final Duration MAX_TOUCH = Duration.ofHours(1);
  /** A version as apps write them (0.1.0, 1.2.3-SNAPSHOT); anything else is not stored. */
  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z.+_-]{1,40}");

  private final DeviceTokenRepository tokens;
  private final DeviceBindingRepository devices;
  private final Clock clock;
  private final Duration expiry;
  private final Duration touch;

  public TokenCheck(DeviceTokenRepository tokens, DeviceBindingRepository devices, Clock clock,
      @Value("${trede.devices.token-expiry:90d}") Duration expiry) {
    this.tokens = tokens;
    this.devices = devices;
    this.clock = clock;
    this.expiry = expiry;
    Duration share = expiry.dividedBy(24);
    this.touch = share.compareTo(MAX_TOUCH) < 0 ? share : MAX_TOUCH;
  }

  /** What a token came to (decision 0035: every caller says what each case does). */
  public sealed interface Outcome {
    <T> T match(Function<Accepted, T> accepted, Function<Refused, T> refused);
  }

  public record Accepted(Caller caller) implements Outcome {
    @Override
    public <T> T match(Function<Accepted, T> accepted, Function<Refused, T> refused) {
      return accepted.apply(this);
    }
  }

  /** @param reason why, when the app must know (null: unknown or logged out) */
  public record Refused(@Nullable AccessEnded reason) implements Outcome {
    @Override
    public <T> T match(Function<Accepted, T> accepted, Function<Refused, T> refused) {
      return refused.apply(this);
    }
  }

  public Outcome check(String token, @Nullable String appVersion) {
    String hash = SecretHash.sha256(token);
    Optional<TokenAccess> found = tokens.findAccess(hash);
    if (found.isEmpty()) {
      return new Refused(null);
    }
    TokenAccess access = found.get();
    Instant now = clock.instant();
    Outcome outcome = decide(access, now);
    if (outcome instanceof Refused refused) {
      if (refused.reason() != null) {
        LOG.info("token refused user={} device={} reason={}", access.userId(), access.deviceId(),
            refused.reason().type());
      }
      return outcome;
    }
    Instant lastUsed = access.lastUsedAt() == null ? access.createdAt() : access.lastUsedAt();
    if (lastUsed.plus(touch).isBefore(now)) {
      tokens.touch(hash, now);
    }
    String version = cleanVersion(appVersion);
    if (version != null && !Objects.equals(version, access.appVersion())) {
      devices.reportVersion(access.deviceId(), version);
    }
    return outcome;
  }

  private Outcome decide(TokenAccess access, Instant now) {
    if (access.deviceRevokedAt() != null) {
      return new Refused(AccessEnded.DEVICE_REVOKED);
    }
    if (!access.active() || AccessEnded.USER_DEACTIVATED.type().equals(access.revokedReason())) {
      return new Refused(AccessEnded.USER_DEACTIVATED);
    }
    if (access.revokedAt() != null) {
      return new Refused(null);
    }
    Instant lastUsed = access.lastUsedAt() == null ? access.createdAt() : access.lastUsedAt();
    if (lastUsed.plus(expiry).isBefore(now)) {
      return new Refused(AccessEnded.TOKEN_EXPIRED);
    }
    return new Accepted(new Caller(access.userId(), access.tenantId(), Role.valueOf(access.role()),
        access.deviceId()));
  }

  /** A version worth storing, or null for none or a malformed one (never an error: it is only shown). */
  static String cleanVersion(@Nullable String header) {
    return header != null && VERSION.matcher(header.strip()).matches() ? header.strip() : null;
  }

  /** Keeps a refusal's reason with the request, for the 401 that follows. */
  static void remember(HttpRequest<?> request, AccessEnded reason) {
    request.setAttribute(REFUSAL, reason);
  }

  /**
   * The 401 problem for a request whose token was refused with a reason the app acts on; empty
   * for any other unauthenticated request (no token, an unknown one, a logged-out one).
   */
  public static Optional<ProblemException> refusal(HttpRequest<?> request) {
    return request.getAttribute(REFUSAL, AccessEnded.class).map(TokenCheck::problem);
  }

  /** The 401 answer that says why a device's access ended. */
  public static ProblemException problem(AccessEnded reason) {
    String message = switch (reason) {
      case TOKEN_EXPIRED -> "this device's login was not used for too long; log in again";
      case DEVICE_REVOKED -> "an administrator revoked this device; its data for this user must be removed";
      case USER_DEACTIVATED -> "this account was deactivated; its data must be removed from this device";
    };
    return new ProblemException(HttpStatus.UNAUTHORIZED, reason.type(), message,
        List.of(new Violation("Authorization", reason.type(), message)));
  }
}
