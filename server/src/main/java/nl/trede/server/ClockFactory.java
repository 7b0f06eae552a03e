package nl.trede.server;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock; tests replace it to control time. It ticks in milliseconds because that is what
 * SQLite keeps, so both databases store the same instant.
 */
@Factory
class ClockFactory {
  @Singleton
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
  }
}
