package nl.trede.server.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A clock a test moves by hand, to see what happens after half an hour without waiting for it. */
public final class MutableClock extends Clock {
  private volatile Instant now;

  public MutableClock(Instant start) {
    this.now = start;
  }

  /**
   * The one test clock of the server module: starts at the real now (to the millisecond, as the
   * databases store instants) so the demo data and the pages agree on "today", and moves only when
   * the test moves it.
   */
  public static MutableClock startingNow() {
    return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    MutableClock parent = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return parent.withZone(other);
      }

      @Override
      public Instant instant() {
        return parent.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return now;
  }
}
