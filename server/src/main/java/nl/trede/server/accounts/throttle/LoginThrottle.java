package nl.trede.server.accounts.throttle;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.trede.server.secret.SecretHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down password guessing at the device API's and the console's login (OWASP ASVS v4 §2.2.1:
 * anti-automation that stops brute force and credential stuffing without locking real users out;
 * no more than 100 failed attempts per hour on one account). docs/security.md has the numbers and
 * why.
 *
 * <p>Three counters of failures: the account and address together, the account from anywhere, the
 * address for any account. Each allows a few failures, then every further attempt waits twice as
 * long as the one before, never longer than {@link #MAX_DELAY}; a counter forgets after an hour
 * without failures. A login from an address where this account logged in successfully in the last
 * 30 days answers only to its own pair counter: an attacker hammering an account from elsewhere
 * does not lock its owner out at their usual place. An attempt that has to wait is refused before
 * the password is looked at, so waiting out the delay is the only way on, and a refused attempt
 * costs no password hashing.
 *
 * <p>An attempt counts as a failure from the moment it starts (the counters live in the database,
 * updated under a row lock), and the failure is taken back when the password proves right: a burst
 * of parallel guesses, on one instance or several, meets the delay as a series would.
 */
@Singleton
public class LoginThrottle {
  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  static final Duration MAX_DELAY = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);
  static final Duration TRUST_FOR = Duration.ofDays(30);

  /** What is counted, and how many failures it allows before the delays start. */
  enum Counter {
    /** This account from this address: a user who mistypes, or a guesser at one place. */
    PAIR(5),
    /** This account from anywhere: guessing spread over many addresses. */
    ACCOUNT(10),
    /** This address for any account: one place trying many accounts. High, as a municipal office
     *  or a mobile network may put hundreds of users behind one address. */
    ADDRESS(50);

    final int free;

    Counter(int free) {
      this.free = free;
    }
  }

  /** A login attempt let through: the counters it was counted in. */
  public record Attempt(Map<Counter, String> keys) {}

  public sealed interface Admission {}

  public record Admitted(Attempt attempt) implements Admission {}

  /** Wait this long before trying again (answered 429 with Retry-After). */
  public record Refused(Duration retryAfter) implements Admission {}

  private final ThrottleCounterRepository counters;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;

  public LoginThrottle(ThrottleCounterRepository counters, TransactionOperations<Connection> transactions,
      Clock clock) {
    this.counters = counters;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Lets an attempt through, counted as a failure until {@link #succeeded} or refuses it. */
  public Admission begin(String username, String address) {
    Map<Counter, String> keys = keys(username, address);
    Instant now = clock.instant();
    return transactions.executeWrite(status -> {
      // Always in the same order, so two attempts locking overlapping counters cannot deadlock.
      List<String> ordered = keys.values().stream().sorted().toList();
      for (String key : ordered) {
        counters.createIfAbsent(key, now);
      }
      for (String key : ordered) {
        counters.lock(key, now);
      }
      Map<Counter, ThrottleCounter> state = new HashMap<>();
      keys.forEach((counter, key) -> state.put(counter, counters.findById(key).orElseThrow()));
      ThrottleCounter pair = state.get(Counter.PAIR);
      boolean trusted = pair.lastSuccessAt() != null && pair.lastSuccessAt().isAfter(now.minus(TRUST_FOR));
      Instant until = now;
      for (Map.Entry<Counter, ThrottleCounter> e : state.entrySet()) {
        if (e.getKey() == Counter.PAIR || !trusted) {
          Instant blocked = blockedUntil(e.getKey(), e.getValue(), now);
          until = blocked.isAfter(until) ? blocked : until;
        }
      }
      if (until.isAfter(now)) {
        return new Refused(roundUpToSeconds(Duration.between(now, until)));
      }
      for (String key : ordered) {
        counters.fail(key, now, now.minus(FORGET_AFTER));
      }
      state.forEach((counter, before) -> {
        if (failuresAt(before, now) + 1 == counter.free) {
          LOG.warn("login throttle engaged counter={} failures={}", counter, counter.free);
        }
      });
      return new Admitted(new Attempt(keys));
    });
  }

  /**
   * The password was right but a second factor is still to come: the account and address
   * counters take the failure back, the pair keeps it until the login completes, so guessing the
   * second factor with a known password slows down like guessing a password.
   */
  public void passedFirstStep(Attempt attempt) {
    Instant now = clock.instant();
    transactions.executeWrite(status -> {
      forgive(attempt, now);
      return null;
    });
  }

  /**
   * The login completed: the failure this attempt counted is taken back, the pair's counter starts
   * again and its address is remembered as one where this account logs in.
   */
  public void succeeded(Attempt attempt) {
    Instant now = clock.instant();
    transactions.executeWrite(status -> {
      forgive(attempt, now);
      counters.succeed(attempt.keys().get(Counter.PAIR), now);
      // Counters of no interest any more (the trust of a success lasts 30 days).
      counters.deleteUntouchedSince(now.minus(TRUST_FOR).minus(Duration.ofDays(1)));
      return null;
    });
  }

  private void forgive(Attempt attempt, Instant now) {
    List<String> ordered = new ArrayList<>(List.of(attempt.keys().get(Counter.ACCOUNT),
        attempt.keys().get(Counter.ADDRESS)));
    ordered.sort(Comparator.naturalOrder());
    ordered.forEach(key -> counters.forgiveOne(key, now));
  }

  /** The wait after a counter's failures: none for the first few, then 1 s, 2 s, 4 s … at most 15 min. */
  static Duration delay(Counter counter, int failures) {
    if (failures < counter.free) {
      return Duration.ZERO;
    }
    int doublings = failures - counter.free;
    // 2^10 s is past the cap already; no need to compute larger powers.
    Duration delay = doublings >= 10 ? MAX_DELAY : FIRST_DELAY.multipliedBy(1L << doublings);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  private static Instant blockedUntil(Counter counter, ThrottleCounter state, Instant now) {
    int failures = failuresAt(state, now);
    return failures == 0 ? now : state.lastFailureAt().plus(delay(counter, failures));
  }

  private static int failuresAt(ThrottleCounter state, Instant now) {
    boolean forgotten = state.lastFailureAt() == null || state.lastFailureAt().isBefore(now.minus(FORGET_AFTER));
    return forgotten ? 0 : state.failures();
  }

  private static Duration roundUpToSeconds(Duration wait) {
    long seconds = (wait.toMillis() + 999) / 1000;
    return Duration.ofSeconds(Math.max(1, seconds));
  }

  /**
   * Counter keys: a name counts the same however it is capitalised or padded, and an unknown name
   * is counted like a real one, so the throttle does not tell which accounts exist.
   */
  private static Map<Counter, String> keys(String username, String address) {
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    String from = address == null ? "" : address;
    Map<Counter, String> keys = new HashMap<>();
    keys.put(Counter.PAIR, SecretHash.sha256("login-pair\n" + name + "\n" + from));
    keys.put(Counter.ACCOUNT, SecretHash.sha256("login-account\n" + name));
    keys.put(Counter.ADDRESS, SecretHash.sha256("login-address\n" + from));
    return keys;
  }
}
