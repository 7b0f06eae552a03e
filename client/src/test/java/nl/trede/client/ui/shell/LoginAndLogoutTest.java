package nl.trede.client.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.trede.client.support.FakeCaseloadUiTest;
import nl.trede.client.support.FieldUi;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The login lets the coach see the password typed; logging out with work not yet sent asks first
 * and says the work stays safe on the device, and that work goes out after the next login.
 */
class LoginAndLogoutTest extends FakeCaseloadUiTest {
  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void logoutWithUnsentWorkAsksFirstAndTheWorkGoesOutAfterTheNextLogin(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot);
    robot.clickOn("Anna Jansen");
    ui.waitFor(() -> "Kandidaat".equals(ui.title()));
    ui.tap("#record-contact");
    ui.type("#summary", "Gesproken over vervoer");
    ui.tap("#save");
    ui.tap("#back");
    ui.waitFor(() -> ui.visible("#logout"));
    assertThat(ui.store().unsentCount()).isEqualTo(1);

    ui.tap("#logout");

    assertThat(ui.title()).as("still logged in").isNotEqualTo("Inloggen");
    ui.waitFor(() -> ui.text("#notice-text").startsWith("Eén wijziging is nog niet verzonden."));
    assertThat(ui.text("#notice-text")).contains("blijven veilig op dit toestel");
    assertThat(ui.text("#notice-action")).isEqualTo("Toch uitloggen");
    ui.picture("logout-asks");

    ui.tap("#notice-action");
    ui.waitFor(() -> "Inloggen".equals(ui.title()));
    assertThat(server.pushes()).as("nothing was sent on the way out").isEmpty();

    ui.login("coach1", "trede-demo");
    ui.waitFor(() -> server.pushes().stream().anyMatch(r -> r.body().contains("Gesproken over vervoer")));
  }

  @Test
  void logoutWithNothingWaitingLogsOutAtOnce(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot);
    assertThat(ui.store().unsentCount()).isZero();

    ui.tap("#logout");

    ui.waitFor(() -> "Inloggen".equals(ui.title()));
  }

  @Test
  void aProvisionedAppShowsTheMunicipalityAndNoServerAddress(FxRobot robot) throws Exception {
    server = new nl.trede.client.support.FakeCaseload();
    FieldUi ui = new FieldUi(robot);
    this.ui = ui;
    robot.interact(() -> ui.open(stage, deviceDir, new AppController.Options(server.url(), null, null,
        "Gemeente Overbetuwe"), clock, nl.trede.client.device.Device.detect(), FieldUi.WIDTH, FieldUi.HEIGHT));

    assertThat(ui.visible("#server")).isFalse();
    assertThat(ui.text("#login-municipality")).isEqualTo("Gemeente Overbetuwe");
    ui.picture("login-provisioned");
    ui.login("coach1", "trede-demo");
    assertThat(ui.store().caseloadFiles()).isNotEmpty();
  }

  @Test
  void thePasswordCanBeShownWhileTyping(FxRobot robot) throws Exception {
    FieldUi ui = loggedIn(robot);
    ui.tap("#logout");
    ui.waitFor(() -> "Inloggen".equals(ui.title()));
    robot.clickOn("#password").write("geheim-zinnetje");
    assertThat(ui.visible("#password-shown")).isFalse();

    ui.check("#show-password", true);

    assertThat(ui.visible("#password-shown")).isTrue();
    assertThat(ui.visible("#password")).isFalse();
    assertThat(((TextField) ui.find("#password-shown").orElseThrow()).getText()).isEqualTo("geheim-zinnetje");
  }
}
