package nl.trede.client;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;

/**
 * Logs, once each, how long after the process started the login page and the first screen after
 * the login (a coach's caseload) were laid out for drawing. The packaged app's cold start is
 * measured by these two lines (docs/benchmarks.md, "Installed field app"); nothing else reads them.
 */
final class StartupTrace {
  private static final System.Logger LOG = System.getLogger(StartupTrace.class.getName());

  private final Instant processStart;
  private final Clock clock;
  private boolean loginPageSeen;
  private boolean homeSeen;

  StartupTrace(Instant processStart, Clock clock) {
    this.processStart = processStart;
    this.clock = clock;
  }

  /** Watches the scene's pulses until both moments passed; {@code loggedIn} is asked on each. */
  void watch(Scene scene, BooleanSupplier loggedIn) {
    Runnable[] listener = new Runnable[1];
    listener[0] = () -> {
      // After the pulse's layout: its frame is drawn next, before any other event is handled.
      if (!loginPageSeen) {
        loginPageSeen = true;
        log("login page");
      }
      if (!homeSeen && loggedIn.getAsBoolean()) {
        homeSeen = true;
        log("home screen");
        scene.removePostLayoutPulseListener(listener[0]);
      }
    };
    scene.addPostLayoutPulseListener(listener[0]);
  }

  private void log(String what) {
    LOG.log(Level.INFO, "startup: {0} shown ms={1}",
        what, String.valueOf(Duration.between(processStart, clock.instant()).toMillis()));
  }
}
