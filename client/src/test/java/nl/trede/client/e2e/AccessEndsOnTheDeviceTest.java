package nl.trede.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javafx.stage.Stage;
import nl.trede.client.device.Device;
import nl.trede.client.login.LoginService;
import nl.trede.client.login.Session;
import nl.trede.client.store.LocalStore;
import nl.trede.client.store.PasswordKey;
import nl.trede.client.support.AdminConsole;
import nl.trede.client.support.FieldUi;
import nl.trede.client.support.FieldUiTest;
import nl.trede.client.support.Fixtures;
import nl.trede.client.support.RealServer;
import nl.trede.client.sync.Backoff;
import nl.trede.client.sync.SyncClient;
import nl.trede.client.sync.SyncEngine;
import nl.trede.client.sync.SyncException;
import nl.trede.client.sync.SyncStatus;
import nl.trede.domain.Ids;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.contact.Contact;
import nl.trede.domain.contact.LocationType;
import nl.trede.sync.RecordType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * When the server ends a device's hold on its user's data, end to end: the real server, the field
 * app in a headless window on a real encrypted store, a second device of the same user, and an
 * admin at the console. A revoked device and a deactivated user's device wipe the user's store at
 * the next sync (database, salt and log files) and the login screen says why and how much unsent
 * work went with it; another user's store on the same device stays, and the user's other device
 * keeps working. An expired
 * token wipes nothing: the user logs in again and the unsent work reaches the server. The server
 * runs with a token expiry of a few seconds, so the expiry is real.
 */
class AccessEndsOnTheDeviceTest extends FieldUiTest {
  private static final Clock CLOCK = Clock.systemUTC();
  private static final String PASSWORD = "trede-demo";
  /** Long enough for a login and its first sync, short enough to wait for. */
  private static final int EXPIRY_SECONDS = 8;

  @TempDir
  static Path serverDir;
  @TempDir
  Path deviceDir;
  @TempDir
  Path otherDeviceDir;

  private static RealServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = RealServer.startBuilt(serverDir, "-Dtrede.office.two-factor=optional",
        "-Dtrede.devices.token-expiry=" + EXPIRY_SECONDS + "s");
  }

  @AfterAll
  static void stopServer() {
    RealServer.stop(server);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private FieldUi app(FxRobot robot) {
    ui = new FieldUi(robot);
    robot.interact(() -> ui.open(stage, deviceDir, server.url(), CLOCK, Device.detect()));
    return ui;
  }

  private LoginService logins() {
    return logins(deviceDir);
  }

  private static LoginService logins(Path device) {
    return new LoginService(device, CLOCK, SyncClient::new, Fixtures.FAST_ITERATIONS, "test");
  }

  /** The same user's sync on another device, without a window. */
  private static SyncStatus syncOn(Session session) {
    try (SyncEngine engine = new SyncEngine(session.store(), session.client(), CLOCK, Backoff.standard(),
        SyncEngine.Settings.standard())) {
      return engine.syncNow();
    }
  }

  /** Every file a user's store has on this device (the log files while it is open). */
  private List<Path> storeFiles(String username) {
    Path db = logins().storeFileOf(username);
    return List.of(db, PasswordKey.saltFileOf(db), db.resolveSibling(db.getFileName() + "-wal"),
        db.resolveSibling(db.getFileName() + "-shm"));
  }

  /** Work recorded on the phone and not yet sent (the app syncs a save only after ten minutes here). */
  private Contact unsentVisit() {
    Candidate file = ui.store().<Candidate>all(RecordType.CANDIDATE).get(0);
    return ui.store().create(RecordType.CONTACT, new Contact(Ids.newId(), file.id(), null,
        ui.store().session().orElseThrow().userId(), LocationType.HOME, Instant.now().minus(1, ChronoUnit.HOURS), 30,
        null, "Huisbezoek, nog niet verstuurd", null, null, false, false, null));
  }

  /** Taps sync and waits for the login screen the app shows after wiping. */
  private void syncAndAwaitTheLoginScreen() throws Exception {
    ui.tap("#sync");
    ui.waitFor(() -> "Inloggen".equals(ui.title()) && ui.text("#login-notice") != null
        && !ui.text("#login-notice").isEmpty());
  }

  @Test
  void aRevokedDeviceWipesItsUsersStoreAtTheNextSyncAndTheLoginScreenSaysWhy(FxRobot robot) throws Exception {
    // Another user worked on this device before: their store must stay.
    logins().login(server.url(), "coach1b", PASSWORD.toCharArray()).store().close();
    Session tablet = logins(otherDeviceDir).login(server.url(), "coach2", PASSWORD.toCharArray());
    assertThat(syncOn(tablet).lastError()).isNull();
    app(robot).login("coach2", PASSWORD);
    UUID device = ui.store().deviceId();
    unsentVisit();
    assertThat(storeFiles("coach2")).allSatisfy(f -> assertThat(f).exists());

    AdminConsole.loggedIn(server.url(), "admin1", PASSWORD).revokeDevice("coach2", device);
    syncAndAwaitTheLoginScreen();

    assertThat(ui.text("#login-notice")).contains("De beheerder heeft dit toestel ingetrokken")
        .contains("Uw gegevens zijn van dit toestel verwijderd")
        .contains("Eén wijziging was nog niet verstuurd en is ook verwijderd");
    assertThat(storeFiles("coach2")).as("the store, not only the token").allSatisfy(f -> assertThat(f).doesNotExist());
    assertThat(logins().storeFileOf("coach1b")).exists();
    assertThat(Files.list(deviceDir).map(p -> p.getFileName().toString()).toList())
        .as("nothing of coach2 left in the folder").noneMatch(n -> n.startsWith(logins().storeFileOf("coach2")
            .getFileName().toString()));
    try (LocalStore other = tablet.store()) {
      // Not "no error": tokens here expire after EXPIRY_SECONDS, which a slow machine may spend on
      // the wipe alone; what must not happen is the tablet being told it was revoked.
      assertThat(syncOn(tablet).lastError()).as("the user's other device is not revoked")
          .isIn(null, SyncException.Kind.UNAUTHORIZED);
      assertThat(other.<Candidate>all(RecordType.CANDIDATE)).isNotEmpty();
    }
  }

  @Test
  void aNewUserChoosesAPasswordInTheAppAndIsWipedWhenDeactivated(FxRobot robot) throws Exception {
    AdminConsole admin = AdminConsole.loggedIn(server.url(), "admin1", PASSWORD);
    AdminConsole.NewUser made = admin.create("e2e-" + Long.toString(System.nanoTime(), 36), "Nieuwe Jobcoach",
        "JOBCOACH");
    app(robot);
    ui.type("#username", made.username());
    ui.type("#password", made.temporaryPassword());
    ui.tap("#login");
    ui.waitFor(() -> ui.find("#choose-password").map(javafx.scene.Node::isVisible).orElse(false));
    assertThat(ui.text("#new-password-lead")).contains("ingesteld door de beheerder");
    assertThat(logins().storeFileOf(made.username())).as("no store keyed by the temporary password").doesNotExist();
    ui.type("#new-password", "kort");
    ui.type("#repeat-password", "kort");
    ui.tap("#save-password");
    assertThat(ui.text("#login-error")).contains("minstens 10 tekens");
    ui.type("#new-password", "mijn eigen lange wachtwoord");
    ui.type("#repeat-password", "mijn eigen lange wachtwoord");
    ui.tap("#save-password");
    ui.waitFor(() -> ui.controller().engine().map(e -> e.status().lastSuccess() != null).orElse(false));
    assertThat(storeFiles(made.username()).get(0)).exists();

    admin.deactivate(made.username());
    syncAndAwaitTheLoginScreen();

    assertThat(ui.text("#login-notice")).contains("Uw account is uitgeschakeld")
        .contains("Er ging geen werk verloren: alles was al verstuurd.");
    assertThat(storeFiles(made.username())).allSatisfy(f -> assertThat(f).doesNotExist());
    ui.type("#password", "mijn eigen lange wachtwoord");
    ui.tap("#login");
    ui.waitFor(() -> ui.text("#login-notice") != null && ui.text("#login-notice").contains("uitgeschakeld")
        && !ui.controller().session().isPresent() && !(ui.find("#login").map(n -> n.isDisabled()).orElse(true)));
    assertThat(logins().storeFileOf(made.username())).as("a login after it leaves nothing either").doesNotExist();
  }

  @Test
  void anExpiredTokenWipesNothingAndTheUnsentWorkArrivesAfterTheNextLogin(FxRobot robot) throws Exception {
    app(robot).login("coach1", PASSWORD);
    Contact visit = unsentVisit();

    Thread.sleep((EXPIRY_SECONDS + 2) * 1000L);
    SyncStatus expired = ui.syncNow();

    assertThat(expired.lastError()).isEqualTo(SyncException.Kind.UNAUTHORIZED);
    assertThat(expired.pending()).isEqualTo(1);
    assertThat(storeFiles("coach1").get(0)).exists();
    assertThat(ui.title()).as("the app stays open: the work is there").isNotEqualTo("Inloggen");

    ui.tap("#logout");
    // The work is unsent: logging out asks first, and says it stays on the device.
    ui.waitFor(() -> "Toch uitloggen".equals(ui.text("#notice-action")));
    ui.tap("#notice-action");
    ui.waitFor(() -> "Inloggen".equals(ui.title()));
    ui.login("coach1", PASSWORD);

    assertThat(ui.controller().engine().orElseThrow().status().pending()).isZero();
    assertThat(ui.store().find(visit.id()).orElseThrow().serverVersion()).isEqualTo(1);
  }
}
