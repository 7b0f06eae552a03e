package nl.trede.client.support;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.trede.client.device.Device;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The field app on the smallest phone against a {@link FakeCaseload}, whose network and answers a
 * test controls. The clock starts at {@link Fixtures#NOW} and runs (a sync is told apart from the
 * one before by its time). Each subclass keeps its own {@code @Start}
 * (TestFX issue 730, see {@link FieldUiTest}).
 */
public abstract class FakeCaseloadUiTest extends FieldUiTest {
  @TempDir
  protected Path deviceDir;

  protected FakeCaseload server;
  protected final Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), Fixtures.NOW));

  /** Logged in as the coach after the first sync; saves sync only when a test asks. */
  protected FieldUi loggedIn(FxRobot robot) throws Exception {
    return loggedIn(robot, new FakeCaseload(), Device.detect());
  }

  /** The same against this server (e.g. {@link FakeCaseload#jobcoach()}). */
  protected FieldUi loggedIn(FxRobot robot, FakeCaseload caseload) throws Exception {
    return loggedIn(robot, caseload, Device.detect());
  }

  /** The same on a device a test stands in for (a phone's notifications, say). */
  protected FieldUi loggedIn(FxRobot robot, FakeCaseload caseload, Device device) throws Exception {
    server = caseload;
    ui = new FieldUi(robot);
    robot.interact(() -> ui.open(stage, deviceDir, server.url(), clock, device));
    return ui.login("coach1", "trede-demo");
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }
}
