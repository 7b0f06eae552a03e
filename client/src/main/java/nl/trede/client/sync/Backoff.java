package nl.trede.client.sync;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with "equal jitter": the wait doubles per failure up to a cap, and half of
 * it is random, so a hundred phones coming back online at the same time do not knock together.
 */
public final class Backoff {
  private final Duration base;
  private final Duration cap;
  private final Random random;

  public Backoff(Duration base, Duration cap, Random random) {
    this.base = base;
    this.cap = cap;
    this.random = random;
  }

  public static Backoff standard() {
    return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random());
  }

  /** The wait after the given number of consecutive failures (1 for the first). */
  public Duration delay(int failures) {
    long ceiling = cap.toMillis();
    long exponential = base.toMillis() << Math.min(Math.max(failures - 1, 0), 30);
    long capped = exponential <= 0 ? ceiling : Math.min(ceiling, exponential);
    long half = capped / 2;
    return Duration.ofMillis(half + (half == 0 ? 0 : (long) (random.nextDouble() * half)));
  }
}
