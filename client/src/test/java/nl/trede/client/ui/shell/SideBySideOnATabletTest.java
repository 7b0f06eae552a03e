package nl.trede.client.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import nl.trede.client.device.Device;
import nl.trede.client.support.FakeCaseload;
import nl.trede.client.support.FakeCaseloadUiTest;
import nl.trede.client.support.FieldUi;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A tablet held landscape shows the caseload and the candidate side by side; a phone and a tablet
 * held upright show one page at a time.
 */
class SideBySideOnATabletTest extends FakeCaseloadUiTest {
  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private FieldUi openAt(FxRobot robot, double width, double height) throws Exception {
    server = new FakeCaseload();
    ui = new FieldUi(robot);
    robot.interact(() -> ui.open(stage, deviceDir, server.url(), clock, Device.detect(), width, height));
    return ui.login("coach1", "trede-demo");
  }

  private static Bounds onScreen(Node node) {
    return node.localToScene(node.getBoundsInLocal());
  }

  @Test
  void landscapeShowsListAndCandidateSideBySideAndAFormKeepsTheListWaiting(FxRobot robot) throws Exception {
    FieldUi ui = openAt(robot, 1280, 800);
    String anna = "#caseload-" + server.anna.id();
    ui.waitFor(() -> ui.find(anna).isPresent());

    robot.clickOn(anna);

    assertThat(ui.title()).isEqualTo("Kandidaat");
    Node list = ui.find("#list-pane").orElseThrow();
    Node detail = ui.find("#detail-pane").orElseThrow();
    assertThat(onScreen(list).getMaxX()).isLessThanOrEqualTo(onScreen(detail).getMinX());
    assertThat(ui.find(anna)).as("the list stays in view").isPresent();
    assertThat(ui.visible("#bottom-nav")).isTrue();
    ui.picture("tablet-side-by-side");

    robot.clickOn(anna);
    ui.tap("#back");
    assertThat(ui.title()).as("tapping in the list replaced the page beside it, not stacked on it")
        .isEqualTo("Mijn kandidaten");
    assertThat(ui.find("#detail-pane")).isEmpty();

    robot.clickOn(anna);
    ui.tap("#record-contact");
    assertThat(ui.find("#list-pane").orElseThrow().isDisabled()).as("a form is finished first").isTrue();
    ui.tap("#back");
    assertThat(ui.find("#list-pane").orElseThrow().isDisabled()).isFalse();
  }

  @Test
  void aTabletHeldUprightShowsOnePageAtATime(FxRobot robot) throws Exception {
    FieldUi ui = openAt(robot, FieldUi.TABLET_WIDTH, FieldUi.TABLET_HEIGHT);
    String anna = "#caseload-" + server.anna.id();
    ui.waitFor(() -> ui.find(anna).isPresent());

    robot.clickOn(anna);

    assertThat(ui.title()).isEqualTo("Kandidaat");
    assertThat(ui.find("#list-pane")).isEmpty();
    assertThat(ui.find(anna)).isEmpty();
  }
}
