package nl.trede.server.office.session;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import nl.trede.server.accounts.AccountService;
import nl.trede.server.accounts.User;
import nl.trede.server.secret.SecretHash;

/**
 * Logins waiting for their second step, as rows (any instance may serve the next request): valid
 * for {@link #VALID_FOR}, for {@link #MAX_ATTEMPTS} codes, and spent by the one request that
 * completes the login.
 */
@Singleton
public class LoginChallenges {
  /** Long enough to find the phone and type a code; short enough that a walked-away login lapses. */
  public static final Duration VALID_FOR = Duration.ofMinutes(5);
  /** Wrong codes per challenge; then the password again (which the throttle counts). */
  public static final int MAX_ATTEMPTS = 5;

  /**
   * Which next step a challenge is for: a code from the app, setting the app up, or choosing a
   * password of one's own in place of one an admin set (before the second factor).
   */
  public enum Kind { CODE, ENROL, PASSWORD }

  private final LoginChallengeRepository challenges;
  private final AccountService accounts;
  private final Clock clock;

  public LoginChallenges(LoginChallengeRepository challenges, AccountService accounts, Clock clock) {
    this.challenges = challenges;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** A new challenge for the user; returns the secret for the login cookie. */
  String issue(User user, Kind kind, String next, String remoteAddress) {
    String token = accounts.newToken();
    Instant now = clock.instant();
    challenges.deleteEnded(user.id(), now.minus(VALID_FOR));
    challenges.save(new LoginChallenge(SecretHash.sha256(token), user.id(), kind.name().toLowerCase(Locale.ROOT),
        next, 0, now, null, remoteAddress));
    return token;
  }

  /** The challenge behind a cookie, while it can still be answered. */
  Optional<LoginChallenge> find(String token, Kind kind) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return challenges.findById(SecretHash.sha256(token))
        .filter(c -> c.usedAt() == null && c.attempts() < MAX_ATTEMPTS)
        .filter(c -> c.createdAt().plus(VALID_FOR).isAfter(now))
        .filter(c -> c.kind().equals(kind.name().toLowerCase(Locale.ROOT)));
  }

  boolean countAttempt(LoginChallenge challenge) {
    return challenges.countAttempt(challenge.tokenHash(), MAX_ATTEMPTS) == 1;
  }

  boolean spend(LoginChallenge challenge) {
    return challenges.spend(challenge.tokenHash(), clock.instant()) == 1;
  }
}
