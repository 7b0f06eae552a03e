package nl.trede.client.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import nl.trede.client.device.Device;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.ColleagueRefresh;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.domain.Violations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The field app in a headless window against the real server with its Overbetuwe demo (another
 * municipality's with {@link DemoMunicipality}), one server per test class and a fresh device folder
 * per test. Each subclass keeps its own {@code @Start}
 * (TestFX issue 730, see {@link FieldUiTest}).
 */
public abstract class DemoServerUiTest extends FieldUiTest {
  /** The server's clock: the end-to-end tests live in real time, as the server does. */
  protected static final Clock CLOCK = Clock.systemUTC();
  /** Every demo account's password. */
  protected static final String PASSWORD = "trede-demo";

  @TempDir
  static Path serverDir;
  @TempDir
  protected Path deviceDir;

  protected static RealServer server;

  /** The municipality whose demo the class's server runs, when it is not Overbetuwe. */
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
  public @interface DemoMunicipality {
    String value();
  }

  @BeforeAll
  static void startServer(org.junit.jupiter.api.TestInfo test) throws Exception {
    String municipality = test.getTestClass().map(c -> c.getAnnotation(DemoMunicipality.class))
        .map(DemoMunicipality::value).orElse(null);
    server = municipality == null ? RealServer.startBuilt(serverDir)
        : RealServer.startBuilt(serverDir, "-Dtrede.demo.municipality=" + municipality);
  }

  @AfterAll
  static void stopServer() {
    RealServer.stop(server);
  }

  /** The app in a window of this size, logged in as this demo user after its first sync. */
  protected FieldUi loggedIn(FxRobot robot, String user, double width, double height) throws Exception {
    return loggedIn(robot, user, Device.detect(), width, height);
  }

  /** The same on the smallest phone, on this device (a {@link RecordingDevice} to see what it is asked). */
  protected FieldUi loggedIn(FxRobot robot, String user, Device device) throws Exception {
    return loggedIn(robot, user, device, FieldUi.WIDTH, FieldUi.HEIGHT);
  }

  private FieldUi loggedIn(FxRobot robot, String user, Device device, double width, double height) throws Exception {
    ui = new FieldUi(robot);
    robot.interact(() -> ui.open(stage, deviceDir, server.url(), CLOCK, device, width, height));
    return ui.login(user, PASSWORD);
  }

  /** The same on the smallest phone. */
  protected FieldUi loggedIn(FxRobot robot, String user) throws Exception {
    return loggedIn(robot, user, FieldUi.WIDTH, FieldUi.HEIGHT);
  }

  /** Another user's device, logged in on the real server without a window. */
  protected Session device(String user) throws Exception {
    return new LoginService(deviceDir.resolve(user), CLOCK, SyncClient::new, Fixtures.FAST_ITERATIONS, "test")
        .login(server.url(), user, PASSWORD.toCharArray());
  }

  /** A sync of such a device as the app makes it, with the colleagues' names asked after it. */
  protected static void sync(Session device) {
    try (SyncEngine engine = new SyncEngine(device.store(), device.client(), CLOCK, Backoff.standard(),
        SyncEngine.Settings.standard())) {
      engine.addListener(new ColleagueRefresh(device.client(), device.store().account(), CLOCK, Runnable::run,
          Duration.ZERO));
      assertThat(engine.syncNow().lastError()).isNull();
    }
  }

  /** The candidates of the caseload list, in its order. */
  protected java.util.List<java.util.UUID> caseload() {
    @SuppressWarnings("unchecked")
    javafx.scene.control.ListView<nl.trede.client.ui.caseload.CaseloadPresenter.Row> list =
        (javafx.scene.control.ListView<nl.trede.client.ui.caseload.CaseloadPresenter.Row>) ui.find("#caseload")
            .orElseThrow();
    return list.getItems().stream().map(nl.trede.client.ui.caseload.CaseloadPresenter.Row::candidateId).toList();
  }

  /** Opens a candidate of the caseload list, as a tap on its row does. */
  protected void openCandidate(FxRobot robot, java.util.UUID id) throws Exception {
    robot.interact(() -> {
      @SuppressWarnings("unchecked")
      javafx.scene.control.ListView<nl.trede.client.ui.caseload.CaseloadPresenter.Row> list =
          (javafx.scene.control.ListView<nl.trede.client.ui.caseload.CaseloadPresenter.Row>) ui.find("#caseload")
              .orElseThrow();
      list.getSelectionModel().select(list.getItems().stream().filter(r -> r.candidateId().equals(id)).findFirst()
          .orElseThrow());
      list.getOnMouseClicked().handle(null);
    });
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
  }

  protected static LocalDate today() {
    return LocalDate.now(CLOCK.withZone(Violations.ZONE));
  }
}
